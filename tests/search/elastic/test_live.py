"""The Elasticsearch backend against a real cluster, with the behaviour the database backend
has, on a small catalogue of plain records:

    ELASTICSEARCH_URL=http://127.0.0.1:9200 pytest tests/search/elastic -ra
"""

from collections import Counter
from dataclasses import replace

import pytest

from search.query import CatalogueQuery, Filters

from . import cluster
from .catalogue import (
    COURSE,
    FACILITATION,
    KM,
    LEARNING,
    LESSON,
    RECORDS,
    TEACHER,
)

cluster.skip_without_cluster()

EVERYONE = ("everyone",)
MEMBERS = ("everyone", "members")


@pytest.fixture(scope="module")
def catalogue():
    """The whole catalogue, built once for the tests that only read."""
    backend = cluster.backend()
    backend.rebuild(RECORDS, progress=lambda built: None)
    yield backend
    cluster.drop(backend)


@pytest.fixture
def empty():
    """A backend of its own with nothing indexed yet, for the tests that write."""
    backend = cluster.backend()
    yield backend
    cluster.drop(backend)


def search(backend, text="", *, audiences=EVERYONE, **options):
    options.setdefault("variants", (text,) if text else ())
    return backend.search(CatalogueQuery(text=text, audiences=audiences, **options))


def keys(results) -> list[str]:
    return [hit.key for hit in results.hits]


# Reading -------------------------------------------------------------------------------------


def test_words_match_as_written_and_stemmed_in_each_language(catalogue):
    assert {"page:1", "page:2"} <= set(keys(search(catalogue, "communities")))
    assert keys(search(catalogue, "Wissensmanagements")) == ["page:3"]
    assert keys(search(catalogue, "comunidad")) == ["page:4"]


def test_every_word_of_one_variant_is_required(catalogue):
    assert search(catalogue, "knowledge zebra").total == 0
    found = search(catalogue, "knowledge zebra", variants=("knowledge zebra", "wissen teilen"))
    assert keys(found) == ["page:3"]


def test_featured_entries_that_match_well_come_first(catalogue):
    assert keys(search(catalogue, "knowledge"))[0] == "page:1"


def test_members_only_entries_are_found_by_members_only(catalogue):
    assert "page:5" not in keys(search(catalogue, "facilitation"))
    assert "page:5" in keys(search(catalogue, "facilitation", audiences=MEMBERS))
    assert search(catalogue, per_page=20).total == len(RECORDS) - 1


def test_matches_are_marked_and_everything_else_escaped(catalogue):
    course = search(catalogue, "knowledge").hits[0]
    lesson = search(catalogue, "rituals").hits[0]

    assert course.title_html == "Intro to <mark>Knowledge</mark> Management"
    assert "&lt;<mark>rituals</mark>&gt;" in lesson.snippet
    assert "<rituals>" not in lesson.snippet


def test_each_facet_counts_with_the_other_facets_choices(catalogue):
    results = search(catalogue, filters=Filters(level=("beginner",)))

    assert sorted(keys(results)) == ["page:1", "page:2", "page:4"]
    assert results.counts["level"] == Counter({"beginner": 3, "intermediate": 1, "advanced": 1})
    assert results.counts["kind"] == Counter({"course": 2, "lesson": 1})
    assert results.counts["topic"] == Counter({str(KM): 2, str(LEARNING): 1})
    assert results.counts["language"] == Counter({"en": 2, "es": 1})


def test_a_topic_stands_for_its_ids_and_an_unknown_topic_finds_nothing(catalogue):
    in_km = search(catalogue, filters=Filters(topic=("knowledge-management",)), topic_ids=(KM,))
    unknown = search(catalogue, filters=Filters(topic=("gone",)), topic_ids=())

    assert sorted(keys(in_km)) == ["page:1", "page:2", "page:3"]
    assert unknown.total == 0


def test_browsing_sorts_by_featured_then_newest_by_newest_or_by_popularity(catalogue):
    assert keys(search(catalogue)) == [
        "page:1",
        "page:6",
        "page:2",
        "page:3",
        "page:4",
        "teacher:7",
    ]
    assert keys(search(catalogue, sort="newest")) == [
        "page:6",
        "page:2",
        "page:1",
        "page:3",
        "page:4",
        "teacher:7",
    ]
    assert keys(search(catalogue, sort="popular")) == [
        "page:2",
        "page:1",
        "teacher:7",
        "page:3",
        "page:6",
        "page:4",
    ]


def test_pages_follow_each_other(catalogue):
    results = search(catalogue, sort="newest", page=2, per_page=2)

    assert (keys(results), results.total) == (["page:1", "page:3"], 6)


def test_finds_any_agrees_with_the_total(catalogue):
    found = CatalogueQuery(
        text="facilitation",
        filters=Filters(topic=("facilitation",)),
        audiences=MEMBERS,
        variants=("facilitation",),
        topic_ids=(FACILITATION,),
    )

    nothing = replace(found, text="zzyzx", variants=("zzyzx",))

    assert catalogue.search(found).total == 3
    assert catalogue.finds_any(found)
    assert not catalogue.finds_any(nothing)


def test_a_misspelling_suggests_a_rewrite_the_asker_can_find(catalogue):
    misspelt = search(catalogue, "knowlege")

    assert (misspelt.total, misspelt.suggestions) == (0, ["knowledge"])
    # "path" is only in a members-only title.
    assert search(catalogue, "patth").suggestions == []
    assert search(catalogue, "patth", audiences=MEMBERS).suggestions == ["path"]


def test_completions_are_titles_the_asker_may_see_and_never_teachers(catalogue):
    def titles(prefix, audiences):
        return {s.title for s in catalogue.autocomplete(prefix, audiences=audiences, limit=6)}

    assert titles("facil", EVERYONE) == {"Live facilitation clinic"}
    assert titles("facil", MEMBERS) == {"Live facilitation clinic", "Facilitation path"}
    assert titles("manage", EVERYONE) == {"Intro to Knowledge Management"}
    assert titles("wissen", EVERYONE) == {"Wissensmanagement im Team"}


# Writing -------------------------------------------------------------------------------------


def test_indexing_before_any_rebuild_creates_the_index_behind_the_alias(empty):
    empty.index([COURSE])

    alias = empty.aliases["course"]
    assert list(empty.client.indices.get_alias(name=alias)) == [f"{alias}-initial"]
    assert keys(search(empty, "knowledge")) == ["page:1"]


def test_indexing_again_replaces_the_entry(empty):
    empty.index([COURSE])
    empty.index([replace(COURSE, title="Knowledge gardening")])

    assert keys(search(empty, "gardening")) == ["page:1"]
    assert search(empty, "intro").total == 0


def test_removing_finds_each_entry_in_its_kind_and_ignores_unknown_keys(empty):
    empty.index([COURSE, TEACHER])
    empty.remove(["page:1", "teacher:7", "page:99"])

    assert search(empty, audiences=MEMBERS).total == 0


def test_popularity_is_updated_without_reindexing(empty):
    empty.index([COURSE, LESSON])
    empty.update_popularity({"page:1": 100, "page:99": 3})

    assert keys(search(empty, sort="popular")) == ["page:1", "page:2"]


def test_a_rebuild_reports_progress_swaps_every_alias_and_drops_the_old_indices(empty):
    empty.index([COURSE])
    old = list(empty.client.indices.get_alias(name=empty.aliases["course"]))
    steps = []

    built = empty.rebuild([LESSON, TEACHER], progress=steps.append)

    assert (built, sum(steps)) == (2, 2)
    assert not empty.client.indices.exists(index=old)
    for alias in empty.aliases.values():
        assert len(empty.client.indices.get_alias(name=alias)) == 1
    assert sorted(keys(search(empty))) == ["page:2", "teacher:7"]
