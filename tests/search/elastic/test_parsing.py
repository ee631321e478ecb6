"""Canned Elasticsearch 8 responses turned into the backend's results."""

from collections import Counter
from datetime import UTC, datetime

from django.utils.safestring import SafeString

from search.backends.elastic import parse_results, parse_suggestions
from search.results import Hit, Suggestion

from .files import response


def test_a_page_of_hits_keeps_the_order_and_the_fields_of_the_entries():
    results = parse_results(response("search"), text="knowledge communities")

    assert results.total == 3
    assert [hit.key for hit in results.hits] == ["page:1", "page:2", "teacher:7"]
    assert results.hits[0] == Hit(
        key="page:1",
        kind="course",
        title="Intro to Knowledge Management",
        url="/courses/intro-km/",
        title_html="Intro to <mark>Knowledge</mark> Management",
        snippet=(
            "How <mark>communities</mark> share what they know. "
            "Facilitation of a <mark>community</mark> of practice."
        ),
        topic_name="Knowledge management",
        topic_slug="knowledge-management",
        level="beginner",
        language="en",
        date=datetime(2025, 1, 10, 9, tzinfo=UTC),
        minutes=90,
        featured=True,
    )


def test_highlights_come_from_the_field_that_marks_the_most_words_and_stay_escaped():
    lesson = parse_results(response("search"), text="knowledge communities").hits[1]

    assert lesson.title == "Roles & <rituals> of a community"
    assert lesson.title_html == "Roles &amp; &lt;rituals&gt; of a <mark>community</mark>"
    assert lesson.snippet == (
        "Meetings, roles &amp; &lt;rituals&gt;. <mark>Knowledge</mark> flows when the "
        "<mark>community</mark> meets."
    )
    assert isinstance(lesson.title_html, SafeString)
    assert isinstance(lesson.snippet, SafeString)


def test_without_highlights_the_title_and_summary_are_escaped_and_unmarked():
    teacher = parse_results(response("search"), text="knowledge communities").hits[2]

    assert teacher.title_html == "Ana &lt;b&gt;Ruiz&lt;/b&gt;"
    assert teacher.snippet == "Knowledge &amp; communities &lt;3"
    assert isinstance(teacher.title_html, SafeString)
    assert isinstance(teacher.snippet, SafeString)
    assert (teacher.level, teacher.minutes, teacher.featured) == ("", None, False)


def test_each_facet_counts_its_values_from_its_own_filtered_aggregation():
    counts = parse_results(response("search"), text="knowledge communities").counts

    assert counts == {
        "kind": Counter({"course": 2, "lesson": 2, "teacher": 1}),
        "topic": Counter({"3": 3, "6": 1}),
        "level": Counter({"beginner": 2, "intermediate": 1}),
        "language": Counter({"en": 2, "es": 1}),
        "length": Counter({"medium": 1, "short": 1}),
    }


def test_words_spelt_right_give_no_suggestion():
    assert parse_results(response("search"), text="knowledge communities").suggestions == []


def test_misspelt_words_are_replaced_by_their_best_correction_in_the_text():
    results = parse_results(response("search-misspelt"), text="knowlege of comunities")

    assert (results.total, results.hits) == (0, [])
    assert results.suggestions == ["knowledge of communities"]
    assert all(not counted for counted in results.counts.values())


def test_completions_are_the_titles_of_the_entries_whatever_input_matched():
    assert parse_suggestions(response("autocomplete")) == [
        Suggestion(kind="course", title="Intro to Knowledge Management", url="/courses/intro-km/"),
        Suggestion(
            kind="lesson", title="Roles & <rituals> of a community", url="/courses/intro-km/roles/"
        ),
    ]
