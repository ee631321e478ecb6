"""The catalogue search on the database backend: what a learner finds, in which order, with
which filters and counts, and what they never find."""

from collections import Counter

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from academy.courses.services import enrol
from search import catalogue
from search.models import Synonym
from search.query import Filters
from tests.factories import UserFactory, make_course, make_lesson
from tests.search.conftest import rebuild

pytestmark = pytest.mark.django_db


def titles(results):
    return [hit.title for hit in results.hits]


def test_an_exact_title_match_comes_first(corpus):
    results = catalogue.search("running your first retrospective")
    assert titles(results)[0] == "Running your first retrospective"
    assert titles(catalogue.search("retrospective"))[0] == "Running your first retrospective"


def test_hits_say_what_they_are_with_highlighted_terms(corpus):
    hit = next(h for h in catalogue.search("retrospective").hits if h.kind == "course")
    assert "<mark>retrospective</mark>" in hit.title_html
    assert "<mark>retrospective</mark>" in hit.snippet
    assert (hit.topic_name, hit.level_label, hit.language_label) == (
        "Retrospectives",
        "Beginner",
        "English",
    )
    assert hit.url == corpus["courses"]["retro"].url


def test_a_topic_filter_includes_its_subtopics(corpus):
    results = catalogue.search("", filters=Filters(topic=("retrospectives",)))
    assert "Check-in rounds" in titles(results)
    assert "Stories that change minds" not in titles(results)
    only_checkins = catalogue.search("", filters=Filters(topic=("check-ins",)))
    assert titles(only_checkins) == ["Check-in rounds"]


def test_a_language_filter_keeps_that_language_only(corpus):
    results = catalogue.search("", filters=Filters(language=("de",)))
    assert titles(results) == ["Wissensmanagement in Behörden"]


def test_facet_counts_match_the_hits_and_show_the_other_choices(corpus):
    results = catalogue.search("team")
    facets = {facet.name: facet for facet in results.facets}
    for name in ("kind", "topic", "level", "language"):
        assert sum(value.count for value in facets[name].values) == results.total, name
    kinds = {value.value: value.count for value in facets["kind"].values}
    assert kinds == Counter(hit.kind for hit in results.hits)
    assert kinds["lesson"] == 2 and kinds["course"] >= 1

    lessons_only = catalogue.search("team", filters=Filters(kind=("lesson",)))
    assert {hit.kind for hit in lessons_only.hits} == {"lesson"}
    kind_facet = next(f for f in lessons_only.facets if f.name == "kind")
    # The kind facet still offers the other kinds, with what they would find.
    assert {v.value: (v.count, v.selected) for v in kind_facet.values} == {
        kind: (count, kind == "lesson") for kind, count in kinds.items()
    }
    level_facet = next(f for f in lessons_only.facets if f.name == "level")
    assert sum(value.count for value in level_facet.values) == lessons_only.total == 2


def test_drafts_and_private_pages_never_leak(corpus):
    anonymous = catalogue.search("retrospective", user=AnonymousUser())
    member = catalogue.search("retrospective", user=UserFactory())
    assert "Secret retrospective draft" not in titles(anonymous) + titles(member)
    assert "Password retrospective notes" not in titles(anonymous) + titles(member)
    assert "Members only retrospective clinic" not in titles(anonymous)
    assert "Members only retrospective clinic" in titles(member)
    suggested = catalogue.autocomplete("members only", user=AnonymousUser())["titles"]
    assert suggested == []


def test_autocomplete_offers_titles_and_topics(corpus):
    found = catalogue.autocomplete("retro")
    assert "Running your first retrospective" in [item.title for item in found["titles"]]
    assert [item.title for item in found["topics"]] == ["Retrospectives"]
    assert catalogue.autocomplete("r") == {"titles": [], "topics": []}


def test_teachers_and_sessions_are_found(corpus):
    results = catalogue.search("retro clinic")
    assert titles(results) == ["Retro clinic live"]
    teachers = catalogue.search("", filters=Filters(kind=("teacher",)))
    assert [hit.url for hit in teachers.hits] == ["/people/tomas/"]


def test_synonyms_from_curators_apply_at_once(corpus):
    assert catalogue.search("km").total == 0
    Synonym.objects.create(term="KM", alternatives="Wissensmanagement\nknowledge management")
    assert titles(catalogue.search("km")) == ["Wissensmanagement in Behörden"]


def test_did_you_mean_offers_a_spelling_that_finds_something(corpus):
    results = catalogue.search("retrospectve")
    assert results.total == 0
    assert results.suggestions == ["retrospective"]
    assert catalogue.search("zzzzqqq").suggestions == []


def test_curators_promotions_come_first_and_skip_drafts(corpus):
    query = Query.get("Retrospective")
    SearchPromotion.objects.create(
        query=query, page=corpus["courses"]["stories"], description="Start here.", sort_order=0
    )
    SearchPromotion.objects.create(query=query, page=corpus["draft"], sort_order=1)
    results = catalogue.search("retrospective ")
    assert [(p.title, p.description) for p in results.promotions] == [
        ("Stories that change minds", "Start here.")
    ]


def test_sorting_by_newest_and_most_enrolled(corpus):
    from academy.courses import services

    newest = catalogue.search("", filters=Filters(kind=("course",)), sort="newest")
    dates = [hit.date for hit in newest.hits]
    assert dates == sorted(dates, reverse=True)
    # With words too: only what matches them, newest first.
    matching = catalogue.search("retrospective", sort="newest")
    dates = [hit.date for hit in matching.hits]
    assert matching.total == len(dates) > 1
    assert dates == sorted(dates, reverse=True)

    from search import indexing

    for _ in range(2):
        services.enrol(user=UserFactory(), course=corpus["courses"]["formats"])
    indexing.sync_popularity([corpus["courses"]["formats"].pk])
    popular = catalogue.search("", filters=Filters(kind=("course",)), sort="popular")
    assert titles(popular)[0] == "Formats that keep meetings fresh"


def test_pages_are_twenty_hits_and_a_page_too_far_shows_the_last(db):
    for number in range(23):
        make_course(f"Retrospective idea {number:02d}", summary="A retrospective idea.")
    from tests.search.conftest import rebuild

    rebuild()
    first = catalogue.search("retrospective idea")
    assert (first.total, len(first.hits), first.page_obj.paginator.num_pages) == (23, 20, 2)
    beyond = catalogue.search("retrospective idea", page=9)
    assert (beyond.query.page, len(beyond.hits)) == (2, 3)
    assert set(titles(first)).isdisjoint(titles(beyond))


def test_title_matches_come_first_and_pages_run_on_into_the_other_matches(db):
    # 15 courses named after the word, then 15 that only mention it: the mentions are
    # featured, which would put them first if their score alone counted.
    named = {make_course(f"Sketchnoting basics {n:02d}").title for n in range(15)}
    mentions = {
        make_course(
            f"Visual notes {n:02d}", summary="Try sketchnoting in your notebook.", featured=True
        ).title
        for n in range(15)
    }
    rebuild()
    first, second = (catalogue.search("sketchnoting", page=page) for page in (1, 2))
    assert first.total == 30
    assert set(titles(first)[:15]) == named
    assert set(titles(first)[15:]) | set(titles(second)) == mentions
    assert len(titles(first) + titles(second)) == 30  # nothing repeated or skipped


def test_head_matches_come_before_body_matches_which_come_featured_then_most_enrolled(db):
    """Title, then topic, tags or summary, then the body alone, where the text says nothing
    more and the catalogue's order decides."""
    make_course("Sketchnoting for teams")
    make_course("Visual thinking", summary="Sketchnoting, step by step.")
    plain, popular, featured = (
        make_course(title, featured=title == "Paper prototypes")
        for title in ("Drawing together", "Pens and paper", "Paper prototypes")
    )
    mention = [{"type": "paragraph", "value": "<p>Sketchnoting needs a pen.</p>"}]
    for course in (plain, popular, featured):
        make_lesson(course, f"Notes on {course.title.lower()}", body=mention)
    for _ in range(2):
        enrol(user=UserFactory(), course=popular)
    rebuild()
    assert titles(catalogue.search("sketchnoting")) == [
        "Sketchnoting for teams",
        "Visual thinking",
        "Notes on paper prototypes",
        "Notes on pens and paper",
        "Notes on drawing together",
    ]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="German and Spanish stemming apply on PostgreSQL; SQLite's FTS5 does not stem",
)
def test_german_and_spanish_words_are_found_in_other_forms(corpus):
    # "Behörde" and "Behörden", "Amt" and "Ämter", "comunidad" and "comunidades".
    assert titles(catalogue.search("Behörde")) == ["Wissensmanagement in Behörden"]
    assert titles(catalogue.search("Amt")) == ["Wissensmanagement in Behörden"]
    assert titles(catalogue.search("comunidad")) == ["Comunidades de práctica"]
    assert titles(catalogue.search("Wissensmanagement")) == ["Wissensmanagement in Behörden"]


def test_punctuation_and_query_syntax_are_searched_as_plain_words(corpus):
    assert catalogue.search("???").hits == []
    assert catalogue.search("'\"").hits == []
    # FTS5 and tsquery operators typed by a member are words, not syntax.
    assert titles(catalogue.search('retrospective" OR title:*')) == []
    assert titles(catalogue.search("Running NEAR first"))[:1] == []
