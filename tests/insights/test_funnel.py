"""The activation funnel, course and teacher figures and visits on the scene of scene.py,
every count and rate worked out by hand."""

from datetime import timedelta
from fractions import Fraction as F

import pytest

from academy.courses import services as courses
from academy.courses.models import LessonPage
from academy.insights import selectors
from academy.insights.models import PageVisit
from academy.insights.selectors import VisitPoint
from academy.insights.services import rollup_insights

from . import scene

pytestmark = pytest.mark.django_db

KEYS = ["visitors", "signed_up", "enrolled", "first_lesson", "attended", "contributed", "taught"]


@pytest.fixture
def academy(on_day):
    built = scene.build(on_day)
    rollup_insights()
    return built


def rows(funnel) -> list[tuple]:
    return [
        (step.key, step.count, step.reached, step.rate_from_previous, step.rate_from_first)
        for step in funnel.steps
    ]


def test_the_funnel_of_all_topics(academy):
    funnel = selectors.funnel(start=academy["day1"], end=academy["day2"])
    assert funnel.topic is None
    assert [step.label for step in funnel.steps] == [
        "Visitors",
        "Signed up",
        "Enrolled in a course",
        "Completed a first lesson",
        "Attended a live session",
        "Contributed",
        "Taught",
    ]
    assert rows(funnel) == [
        ("visitors", 10, 10, None, F(1)),
        ("signed_up", 5, 5, F(1, 2), F(1, 2)),
        ("enrolled", 3, 3, F(3, 5), F(3, 10)),
        ("first_lesson", 2, 2, F(2, 3), F(1, 5)),
        ("attended", 2, 2, F(1), F(1, 5)),
        # Ben contributed without a first lesson, Dan taught without enrolling: they reached
        # those steps, not along the funnel.
        ("contributed", 2, 3, F(1), F(1, 5)),
        ("taught", 1, 2, F(1, 2), F(1, 10)),
    ]


def test_a_period_sums_its_days(academy):
    day1 = selectors.funnel(start=academy["day1"], end=academy["day1"])
    day2 = selectors.funnel(start=academy["day2"], end=academy["day2"])
    assert [step.count for step in day1.steps] == [4, 3, 2, 1, 1, 1, 0]
    assert [step.count for step in day2.steps] == [6, 2, 1, 1, 1, 1, 1]
    both = selectors.funnel(start=academy["day1"], end=academy["day2"])
    assert [step.count for step in both.steps] == [
        one.count + two.count for one, two in zip(day1.steps, day2.steps, strict=True)
    ]
    nothing = selectors.funnel(start=academy["today"], end=academy["today"])
    assert rows(nothing) == [(key, 0, 0, None, None) for key in KEYS]


def test_a_subtopic_counts_in_its_parent_topic(academy):
    period = {"start": academy["day1"], "end": academy["day2"]}
    retrospectives = selectors.funnel(**period, topic=academy["retrospectives"])
    assert retrospectives.topic.name == "Retrospectives"
    assert rows(retrospectives) == [
        ("visitors", 5, 5, None, F(1)),
        ("signed_up", 3, 3, F(3, 5), F(3, 5)),
        ("enrolled", 2, 2, F(2, 3), F(2, 5)),
        ("first_lesson", 1, 1, F(1, 2), F(1, 5)),
        ("attended", 1, 2, F(1), F(1, 5)),
        ("contributed", 1, 2, F(1), F(1, 5)),
        ("taught", 1, 1, F(1), F(1, 5)),
    ]
    # Facilitation holds its own course and everything of Retrospectives.
    facilitation = selectors.funnel(**period, topic=academy["facilitation"].pk)
    assert rows(facilitation) == [
        ("visitors", 7, 7, None, F(1)),
        ("signed_up", 3, 3, F(3, 7), F(3, 7)),
        ("enrolled", 3, 3, F(1), F(3, 7)),
        ("first_lesson", 2, 2, F(2, 3), F(2, 7)),
        ("attended", 2, 2, F(1), F(2, 7)),
        ("contributed", 2, 2, F(1), F(2, 7)),
        ("taught", 1, 1, F(1, 2), F(1, 7)),
    ]


def test_a_rate_after_an_empty_step_is_none(academy):
    storytelling = selectors.funnel(
        start=academy["day1"], end=academy["day2"], topic=academy["storytelling"]
    )
    assert rows(storytelling) == [
        ("visitors", 1, 1, None, F(1)),
        ("signed_up", 2, 2, F(2), F(2)),  # Ben and Dan came in through other pages
        ("enrolled", 0, 0, F(0), F(0)),
        ("first_lesson", 0, 0, None, F(0)),
        ("attended", 0, 0, None, F(0)),
        ("contributed", 0, 1, None, F(0)),
        ("taught", 0, 1, None, F(0)),
    ]


def test_funnels_of_every_topic_in_tree_order(academy):
    funnels = selectors.funnel_by_topic(start=academy["day1"], end=academy["day2"])
    assert [(f.topic.name, f.topic.depth) for f in funnels] == [
        ("Facilitation", 0),
        ("Retrospectives", 1),
        ("Storytelling", 0),
    ]
    for each in funnels:
        alone = selectors.funnel(start=academy["day1"], end=academy["day2"], topic=each.topic.id)
        assert rows(each) == rows(alone)


def test_visits_day_by_day(academy):
    day3 = academy["day2"] + timedelta(days=1)
    trend = selectors.visits_trend(start=academy["day1"], end=day3)
    assert trend == [
        VisitPoint(academy["day1"], views=6, visitors=4),
        VisitPoint(academy["day2"], views=6, visitors=6),
        VisitPoint(day3, views=0, visitors=0),
    ]
    facilitation = selectors.visits_trend(
        start=academy["day1"], end=academy["day2"], topic=academy["facilitation"]
    )
    assert facilitation == [
        VisitPoint(academy["day1"], views=6, visitors=4),
        VisitPoint(academy["day2"], views=3, visitors=3),
    ]
    per_page = PageVisit.objects.filter(page=academy["basics"]).values_list("views", "visitors")
    assert list(per_page) == [(4, 4)]


def test_courses_over_a_period(academy):
    figures = selectors.course_figures(start=academy["day1"], end=academy["today"])
    assert [
        (c.title, c.views, c.visitors, c.enrolled, c.first_lesson, c.completed, c.contributed)
        for c in figures
    ] == [
        ("Running retrospectives", 2, 2, 2, 1, 1, 1),
        ("Facilitation basics", 4, 4, 1, 1, 0, 0),
        ("Telling stories", 1, 1, 0, 0, 0, 0),
    ]
    retros = figures[0]
    assert (retros.topic.name, retros.live, retros.ratings, retros.average_rating) == (
        "Retrospectives",
        True,
        1,
        F(4),
    )
    assert [(s.key, s.count, s.rate_from_previous, s.rate_from_first) for s in retros.steps] == [
        ("visitors", 2, None, F(1)),
        ("enrolled", 2, F(1), F(1)),
        ("first_lesson", 1, F(1, 2), F(1, 2)),
        ("completed", 1, F(1), F(1, 2)),
    ]
    assert figures[1].average_rating is None
    in_facilitation = selectors.course_figures(
        start=academy["day1"], end=academy["today"], topic=academy["facilitation"], limit=1
    )
    assert [course.title for course in in_facilitation] == ["Running retrospectives"]


def test_lessons_over_a_period(academy):
    def lessons(**narrowed):
        figures = selectors.lesson_figures(
            start=narrowed.pop("start", academy["day1"]), end=academy["today"], **narrowed
        )
        return [
            (f.title, f.course_title, f.completions, f.ratings, f.average_rating) for f in figures
        ]

    # Ana did the first lesson of Facilitation basics; Eva did and rated Running
    # retrospectives' one lesson, which comes first on its rating.
    assert lessons() == [
        ("Why look back", "Running retrospectives", 1, 1, F(4)),
        ("Holding the room", "Facilitation basics", 1, 0, None),
    ]
    assert lessons(topic=academy["retrospectives"]) == [
        ("Why look back", "Running retrospectives", 1, 1, F(4))
    ]
    assert lessons(topic=academy["storytelling"]) == []
    assert lessons(start=academy["today"] + timedelta(days=1)) == []

    closing = LessonPage.objects.get(title="Closing well")
    for name in ("ben", "cleo"):
        courses.mark_lesson_done(user=academy[name], lesson=closing)
    rollup_insights()
    assert lessons(limit=1) == [("Closing well", "Facilitation basics", 2, 0, None)]


def test_teachers_over_a_period(academy):
    figures = selectors.teacher_figures(start=academy["day1"], end=academy["today"])
    assert [
        (
            t.username,
            t.learners,
            t.enrolments,
            t.completions,
            t.attendances,
            t.sessions,
            t.ratings,
            t.average_rating,
        )
        for t in figures
    ] == [
        # Ana came to the clinic, Ben and Eva enrolled (Eva came too): three members; Cleo
        # was removed and Theo is the host.
        ("theo", 3, 2, 1, 2, 1, 1, F(4)),
        ("tara", 1, 1, 0, 0, 0, 0, None),
        ("eva", 0, 0, 0, 0, 1, 0, None),
    ]
    storytelling = selectors.teacher_figures(
        start=academy["day1"], end=academy["today"], topic=academy["storytelling"]
    )
    assert storytelling == []
    retrospectives = selectors.teacher_figures(
        start=academy["day1"], end=academy["today"], topic=academy["retrospectives"]
    )
    assert [(t.username, t.learners) for t in retrospectives] == [("theo", 3), ("eva", 0)]
