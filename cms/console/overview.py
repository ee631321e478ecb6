"""The console's first screen: how visitors become members who teach, over a period. Figures
come from the insights rollup (`academy/insights/`), as of its last run."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from academy.charts import bar_chart, funnel_chart, line_chart
from academy.insights import selectors as insights

from .periods import Period
from .tables import Cell, Row, Table

ROWS = 20


def _percent(rate) -> str:
    return "—" if rate is None else f"{number_format(float(rate) * 100, 1)} %"


def _rating(average) -> str:
    return "—" if average is None else number_format(float(average), 1)


@dataclass
class Overview:
    funnel: object
    funnel_chart: object
    visits_chart: object
    topics_chart: object
    tables: list[Table]


def overview(period: Period, *, topic=None) -> Overview:
    """The whole academy's figures, or one topic's (with its subtopics')."""
    funnel = insights.funnel(start=period.first, end=period.last, topic=topic)
    by_topic = insights.funnel_by_topic(start=period.first, end=period.last)
    visits = insights.visits_trend(start=period.first, end=period.last, topic=topic)
    return Overview(
        funnel=funnel,
        funnel_chart=funnel_chart(
            title=_("From visitor to teacher, %(period)s") % {"period": period.label.lower()}
            if topic is None
            else _("From visitor to teacher in %(topic)s, %(period)s")
            % {"topic": topic.name, "period": period.label.lower()},
            steps=[(step.label, step.count) for step in funnel.steps],
            # Visitors outnumber members many times over: the members' steps are drawn to
            # their own scale, so a curator can compare them.
            scale_from=1,
            description=_(
                "Visitors are each day's distinct visitors, added up; every later step counts "
                "the members who signed up in the period and have reached it since."
            ),
        ),
        visits_chart=line_chart(
            title=_("Visits per day"),
            days=[point.day for point in visits],
            series={
                _("Page views"): [point.views for point in visits],
                _("Visitors"): [point.visitors for point in visits],
            },
        ),
        topics_chart=_topics_chart(by_topic),
        tables=[
            _topics_table(by_topic),
            _courses_table(period, topic),
            _lessons_table(period, topic),
            _teachers_table(period, topic),
        ],
    )


def _roots(by_topic):
    return [item for item in by_topic if item.topic.parent_id is None]


def _topics_chart(by_topic):
    roots = sorted(_roots(by_topic), key=lambda item: -item.step("enrolled").count)
    return bar_chart(
        title=_("New members who enrolled, by topic"),
        labels=[item.topic.name for item in roots],
        values=[item.step("enrolled").count for item in roots],
        label_header=_("Topic"),
        value_header=_("Enrolled"),
        empty_text=_("No topics yet."),
    )


def _topics_table(by_topic) -> Table:
    keys = [
        "visitors",
        "signed_up",
        "enrolled",
        "first_lesson",
        "attended",
        "contributed",
        "taught",
    ]
    first = by_topic[0].steps if by_topic else []
    return Table(
        key="funnel-by-topic",
        title=_("The funnel by topic"),
        header=[_("Topic"), *(step.label for step in first), _("Enrolled of signed up")],
        rows=[
            Row(
                [
                    ("— " * item.topic.depth) + item.topic.name,
                    *(item.step(key).count for key in keys),
                    _percent(item.step("enrolled").rate_from_previous),
                ]
            )
            for item in by_topic
        ],
        empty_text=_("No topics yet."),
        description=_("A topic's figures include its subtopics'."),
    )


def _courses_table(period: Period, topic) -> Table:
    figures = insights.course_figures(start=period.first, end=period.last, topic=topic, limit=ROWS)
    return Table(
        key="courses",
        title=_("Courses"),
        header=[
            _("Course"),
            _("Topic"),
            _("Visitors"),
            _("Enrolled"),
            _("First lesson"),
            _("Completed"),
            _("Contributed"),
            _("Average rating"),
        ],
        rows=[
            Row(
                [
                    item.title,
                    item.topic.name if item.topic else "",
                    item.visitors,
                    item.enrolled,
                    item.first_lesson,
                    item.completed,
                    item.contributed,
                    _rating(item.average_rating),
                ]
            )
            for item in figures
        ],
        empty_text=_("No course had visitors or enrolments in this period."),
    )


def _lessons_table(period: Period, topic) -> Table:
    figures = insights.lesson_figures(start=period.first, end=period.last, topic=topic, limit=ROWS)
    return Table(
        key="lessons",
        title=_("Lessons"),
        header=[_("Lesson"), _("Course"), _("Completions"), _("Ratings"), _("Average rating")],
        rows=[
            Row(
                [
                    item.title,
                    item.course_title,
                    item.completions,
                    item.ratings,
                    _rating(item.average_rating),
                ]
            )
            for item in figures
        ],
        empty_text=_("No lesson was completed or rated in this period."),
        description=_("Most completions first, then the best rated."),
    )


def _teachers_table(period: Period, topic) -> Table:
    figures = insights.teacher_figures(start=period.first, end=period.last, topic=topic, limit=ROWS)
    return Table(
        key="teachers",
        title=_("Teachers"),
        header=[
            _("Teacher"),
            _("Learners reached"),
            _("Enrolments"),
            _("Completions"),
            _("Attendances"),
            _("Sessions"),
            _("Average rating"),
        ],
        rows=[
            Row(
                [
                    Cell(item.name, reverse("peers:profile", args=[item.username])),
                    item.learners,
                    item.enrolments,
                    item.completions,
                    item.attendances,
                    item.sessions,
                    _rating(item.average_rating),
                ]
            )
            for item in figures
        ],
        empty_text=_("No teacher's courses or sessions had learners in this period."),
    )
