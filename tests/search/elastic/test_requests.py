"""The request bodies the backend sends, built without a cluster."""

from search.backends.elastic import (
    CatalogueFacetedSearch,
    completion_search,
    filter_values,
    swap_actions,
)
from search.query import CatalogueQuery, Filters

from .catalogue import KM
from .files import assert_expected

INDEX = ["catalogue-course", "catalogue-lesson"]
EVERYONE = ("everyone",)
MEMBERS = ("everyone", "members")


def body(query: CatalogueQuery) -> dict:
    return CatalogueFacetedSearch(query, index=INDEX).build_search().to_dict()


def test_words_with_filters_by_relevance_on_the_second_page():
    query = CatalogueQuery(
        text="knowledge communities",
        filters=Filters(topic=("knowledge-management",), level=("beginner", "intermediate")),
        page=2,
        audiences=MEMBERS,
        variants=("knowledge communities",),
        topic_ids=(KM, 4),
    )
    assert_expected("search-relevance-page-2", body(query))


def test_words_by_newest_in_two_kinds_and_one_language():
    query = CatalogueQuery(
        text="facilitation",
        filters=Filters(kind=("course", "lesson"), language=("de",)),
        sort="newest",
        audiences=EVERYONE,
        variants=("facilitation",),
    )
    assert_expected("search-newest", body(query))


def test_browsing_short_entries_by_popularity():
    query = CatalogueQuery(
        text="", filters=Filters(length=("short",)), sort="popular", audiences=EVERYONE
    )
    assert_expected("search-popular-browse", body(query))


def test_browsing_by_relevance_puts_featured_then_newest_first_with_nothing_to_highlight():
    assert_expected("search-browse", body(CatalogueQuery(text="", audiences=EVERYONE)))


def test_any_synonym_variant_may_match():
    query = CatalogueQuery(text="km", audiences=EVERYONE, variants=("km", "knowledge management"))
    assert_expected("search-synonyms", body(query))


def test_counting_applies_the_facet_choices_as_plain_filters():
    query = CatalogueQuery(
        text="knowledge",
        filters=Filters(level=("beginner",), topic=("knowledge-management",)),
        audiences=EVERYONE,
        variants=("knowledge",),
        topic_ids=(KM,),
    )
    search = CatalogueFacetedSearch(query, index=INDEX).count_search()
    assert_expected("count", search.to_dict(count=True))


def test_a_topic_filter_standing_for_no_topic_finds_nothing():
    query = CatalogueQuery(text="", filters=Filters(topic=("gone",)), topic_ids=())

    assert filter_values(query) == {"topic": ["none"]}


def test_completion_asks_for_titles_the_audiences_may_see():
    search = completion_search("know", audiences=EVERYONE, limit=6, index=INDEX)
    assert_expected("autocomplete", search.to_dict())


def test_a_rebuild_moves_every_alias_from_its_old_indices_in_one_update():
    actions = swap_actions(
        aliases={"course": "catalogue-course", "lesson": "catalogue-lesson"},
        old={"course": ["catalogue-course-initial", "catalogue-course-20250101000000000000"]},
        new={
            "course": "catalogue-course-20250301120000000000",
            "lesson": "catalogue-lesson-20250301120000000000",
        },
    )
    assert_expected("swap-aliases", actions)
