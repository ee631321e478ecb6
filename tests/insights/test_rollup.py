"""The rollup writes the same tables however often it runs, follows new activity, and closes
the days that are over."""

from datetime import timedelta
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.utils import timezone

from academy.courses import services as courses
from academy.courses.models import CoursePage
from academy.insights import selectors
from academy.insights.models import (
    ClosedDay,
    PageVisit,
    SignupCohort,
    TeacherDay,
    TopicVisit,
    VisitorMark,
)
from academy.insights.services import flush_visits, rollup_insights

from . import scene

pytestmark = pytest.mark.django_db


def every_row() -> dict[str, list[tuple]]:
    """Every row of every insights table, ids included, in id order."""
    return {
        model._meta.db_table: list(model.objects.order_by("pk").values_list())
        for model in apps.get_app_config("insights").get_models()
    }


def test_running_the_rollup_again_changes_nothing(on_day):
    built = scene.build(on_day)
    first = rollup_insights()
    after_first = every_row()
    assert first.rows_written > 0
    assert first.closed_days == [built["day1"], built["day2"]]

    second = rollup_insights()
    assert (second.rows_written, second.closed_days) == (0, [])
    assert every_row() == after_first
    assert all(
        after_first[table]
        for table in ("insights_signupcohort", "insights_teacherday", "insights_lessonday")
    )


def test_the_command_twice_gives_identical_tables(on_day):
    scene.build(on_day)
    out = StringIO()
    call_command("rollup_insights", stdout=out, stderr=StringIO())
    assert "days of visits closed" in out.getvalue()
    after_first = every_row()
    call_command("rollup_insights", stdout=out, stderr=StringIO())
    assert "Insights rolled up: 0 rows written, 0 days of visits closed." in out.getvalue()
    assert every_row() == after_first


def test_new_activity_shows_after_the_next_rollup(on_day):
    built = scene.build(on_day)
    rollup_insights()
    period = {"start": built["day1"], "end": built["day2"]}
    before = selectors.funnel(**period)

    # Cleo, who had done nothing, finishes the one lesson of Telling stories.
    lesson = built["stories"].get_children().specific().get()
    courses.mark_lesson_done(user=built["cleo"], lesson=lesson)
    # Ben's discussion is removed by a moderator: he no longer counts as a contributor.
    built["ben"].discussion_posts.update(state="removed")
    result = rollup_insights()

    after = selectors.funnel(**period)
    assert result.rows_written > 0
    assert [step.count for step in after.steps] == [10, 5, 4, 3, 2, 2, 1]
    assert [step.count for step in before.steps] == [10, 5, 3, 2, 2, 2, 1]
    assert after.step("contributed").reached == before.step("contributed").reached - 1
    storytelling = selectors.funnel(**period, topic=built["storytelling"])
    assert [step.count for step in storytelling.steps] == [1, 2, 1, 1, 0, 0, 0]
    stories = selectors.course_figures(start=built["today"], end=built["today"])
    assert [(c.title, c.enrolled, c.completed) for c in stories if c.enrolled] == [
        ("Running retrospectives", 2, 1),
        ("Facilitation basics", 1, 0),
        ("Telling stories", 1, 1),
    ]


def test_rows_that_no_longer_follow_from_the_activity_are_deleted(on_day):
    built = scene.build(on_day)
    rollup_insights()
    in_storytelling = SignupCohort.objects.filter(
        topic=built["storytelling"], day__gte=built["day1"]
    )
    assert in_storytelling.exists()
    # Dan's course is unpublished and Ben's discussion deleted: none of the new members is
    # active in Storytelling any more (Tess, its teacher, joined long before).
    built["ben"].discussion_posts.all().delete()
    CoursePage.objects.get(title="Stories at work").unpublish()
    rollup_insights()
    assert not in_storytelling.exists()


def test_closed_days_keep_their_visits_and_lose_their_marks(on_day):
    built = scene.build(on_day)
    on_day(built["today"])
    scene.visit(built["basics"], 11, on_day, built["today"])
    on_day(built["today"])
    rollup_insights()

    assert set(ClosedDay.objects.values_list("day", flat=True)) == {built["day1"], built["day2"]}
    assert set(VisitorMark.objects.values_list("day", flat=True)) == {built["today"]}, (
        "today is still counting"
    )
    site = dict(TopicVisit.objects.filter(topic=None).values_list("day", "visitors"))
    assert site == {built["day1"]: 4, built["day2"]: 6, built["today"]: 1}

    # A batch of day 2 written late, after the day was closed, cannot be counted any more.
    scene.visit(built["clinic"], 12, on_day, built["day2"])
    on_day(built["today"])
    flush_visits()
    rollup_insights()
    assert not VisitorMark.objects.filter(day=built["day2"]).exists()
    assert TopicVisit.objects.get(topic=None, day=built["day2"]).visitors == 6
    assert PageVisit.objects.get(page=built["clinic"], day=built["day2"]).views == 4

    # Tomorrow, today is closed too.
    rollup_insights(today=built["today"] + timedelta(days=1))
    assert not VisitorMark.objects.exists()
    assert TopicVisit.objects.get(topic=None, day=built["today"]).visitors == 1


def test_days_and_since_limit_the_member_figures(on_day):
    built = scene.build(on_day)
    rollup_insights()
    SignupCohort.objects.update(signed_up=99)
    TeacherDay.objects.update(learners=99)

    call_command("rollup_insights", "--days", "2", verbosity=0)
    recomputed = built["today"] - timedelta(days=1)
    assert set(
        SignupCohort.objects.filter(day__lt=recomputed).values_list("signed_up", flat=True)
    ) == {99}
    assert 99 not in TeacherDay.objects.filter(day__gte=recomputed).values_list(
        "learners", flat=True
    )

    call_command("rollup_insights", "--since", built["day2"].isoformat(), verbosity=0)
    day1 = SignupCohort.objects.filter(day=built["day1"]).values_list("signed_up", flat=True)
    day2 = SignupCohort.objects.filter(day=built["day2"], topic=None).values_list(
        "signed_up", flat=True
    )
    assert (set(day1), list(day2)) == ({99}, [2])

    rollup_insights()
    assert list(
        SignupCohort.objects.filter(day=built["day1"], topic=None).values_list(
            "signed_up", flat=True
        )
    ) == [3]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--days", "0"], "--days must be 1 or more."),
        (["--since", "24/11/2026"], "--since must be a day written YYYY-MM-DD"),
    ],
)
def test_the_command_refuses_bad_arguments_in_one_line(arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("rollup_insights", *arguments, verbosity=0)


def test_an_empty_academy_rolls_up_to_nothing(db):
    result = rollup_insights()
    assert (result.rows_written, result.closed_days) == (0, [])
    assert (
        selectors.funnel(start=timezone.localdate(), end=timezone.localdate()).steps[0].count == 0
    )
