"""What the curator console reads: the activation funnel, visits, course and teacher figures
over a period, from the daily aggregates the rollup writes (docs/insights.md). Each function
runs a handful of indexed queries on those tables, whatever the size of the academy, and
returns plain dataclasses.

A period is two days, `start` and `end`, both included. Rates are exact fractions
(`fractions.Fraction`; `float()` one for a chart), and None where they would divide by zero.
Figures are as of the last rollup.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from django.contrib.auth import get_user_model
from django.db.models import F, FloatField, Q, Sum
from django.db.models.functions import Cast, NullIf
from django.utils.translation import gettext_lazy as _

from academy.courses.models import CoursePage, Topic
from academy.peers.selectors.ladder import subtree, topic_tree

from .activity import MEMBER_STEPS
from .models import CourseCohort, CourseVisit, LessonDay, SignupCohort, TeacherDay, TopicVisit

# The steps of the activation funnel, in order, with what the console calls them.
FUNNEL_STEPS = {
    "visitors": _("Visitors"),
    "signed_up": _("Signed up"),
    "enrolled": _("Enrolled in a course"),
    "first_lesson": _("Completed a first lesson"),
    "attended": _("Attended a live session"),
    "contributed": _("Contributed"),
    "taught": _("Taught"),
}
COURSE_STEPS = {
    "visitors": _("Visitors"),
    "enrolled": _("Enrolled"),
    "first_lesson": _("Completed a first lesson"),
    "completed": _("Completed the course"),
}


@dataclass(frozen=True)
class Step:
    """One step of a funnel. `count` is how many reached it along the funnel (this step and
    every one before it); `reached` how many reached it at all, in whatever order (the same
    as `count` for visitors and sign-ups)."""

    key: str
    label: str
    count: int
    reached: int
    rate_from_previous: Fraction | None
    rate_from_first: Fraction | None


@dataclass(frozen=True)
class TopicRef:
    id: int
    name: str
    slug: str
    parent_id: int | None
    depth: int


@dataclass(frozen=True)
class Funnel:
    start: date
    end: date
    topic: TopicRef | None
    steps: list[Step]

    def step(self, key: str) -> Step:
        return next(step for step in self.steps if step.key == key)


@dataclass(frozen=True)
class VisitPoint:
    day: date
    views: int
    visitors: int


@dataclass(frozen=True)
class CourseFigures:
    """A course over a period: its visits, and how far the members who enrolled in the
    period have come by the last rollup. `steps` is the course's funnel (visitors, enrolled,
    first lesson, completed); `contributed` counts the enrolled who also contributed to it
    (kudos, ratings, practice reports, posts, questions and feedback in its sessions)."""

    course_id: int
    title: str
    topic: TopicRef | None
    live: bool
    views: int
    visitors: int
    enrolled: int
    first_lesson: int
    completed: int
    contributed: int
    ratings: int
    average_rating: Fraction | None
    steps: list[Step]


@dataclass(frozen=True)
class LessonFigures:
    """A lesson over a period: how many members completed it, and the ratings it got."""

    lesson_id: int
    title: str
    course_id: int
    course_title: str
    completions: int
    ratings: int
    average_rating: Fraction | None


@dataclass(frozen=True)
class TeacherFigures:
    """A teacher over a period: members they reached for the first time (by enrolling in
    one of their courses or attending one of their sessions), what their courses and
    sessions did, and the ratings those got."""

    teacher_id: int
    username: str
    name: str
    learners: int
    enrolments: int
    completions: int
    attendances: int
    sessions: int
    ratings: int
    average_rating: Fraction | None


# The funnel ------------------------------------------------------------------------------


def funnel(*, start: date, end: date, topic: Topic | int | None = None) -> Funnel:
    """Visitors → signed up → enrolled → first lesson → attended → contributed → taught,
    for the members who signed up in the period, in one topic (with its subtopics) or in
    all. Visitors are the distinct visitors of each day of the period, added up."""
    topic_id = _topic_id(topic)
    period = Q(day__gte=start, day__lte=end)
    cohorts = SignupCohort.objects.filter(period, topic_id=topic_id).aggregate(**_cohort_sums())
    visitors = TopicVisit.objects.filter(period, topic_id=topic_id).aggregate(
        visitors=Sum("visitors")
    )["visitors"]
    ref = _topic_refs().get(topic_id) if topic_id is not None else None
    return Funnel(start=start, end=end, topic=ref, steps=_funnel_steps(visitors, cohorts))


def funnel_by_topic(*, start: date, end: date) -> list[Funnel]:
    """The funnel of every topic over the period, topics in tree order (each root, then its
    subtopics, by name); a topic's figures include its subtopics'."""
    period = Q(day__gte=start, day__lte=end, topic__isnull=False)
    cohorts = {
        row.pop("topic_id"): row
        for row in SignupCohort.objects.filter(period)
        .values("topic_id")
        .annotate(**_cohort_sums())
        .order_by()
    }
    visitors = dict(
        TopicVisit.objects.filter(period)
        .values("topic_id")
        .annotate(visitors=Sum("visitors"))
        .order_by()
        .values_list("topic_id", "visitors")
    )
    labels = _labels(FUNNEL_STEPS)
    return [
        Funnel(
            start=start,
            end=end,
            topic=ref,
            steps=_funnel_steps(visitors.get(ref.id), cohorts.get(ref.id, {}), labels),
        )
        for ref in _topic_refs().values()
    ]


def _cohort_sums() -> dict:
    fields = ["signed_up", *MEMBER_STEPS, *(f"reached_{step}" for step in MEMBER_STEPS)]
    return {field: Sum(field) for field in fields}


def _funnel_steps(
    visitors: int | None, cohorts: dict, labels: dict[str, str] | None = None
) -> list[Step]:
    signed_up = cohorts.get("signed_up") or 0
    counts = [(visitors or 0, visitors or 0), (signed_up, signed_up)]
    counts += [
        (cohorts.get(step) or 0, cohorts.get(f"reached_{step}") or 0) for step in MEMBER_STEPS
    ]
    return _steps(labels or _labels(FUNNEL_STEPS), counts)


def _labels(steps: dict) -> dict[str, str]:
    """The steps' labels in the active language, translated once per read."""
    return {key: str(label) for key, label in steps.items()}


def _steps(labels: dict[str, str], counts: Iterable[tuple[int, int]]) -> list[Step]:
    steps: list[Step] = []
    for key, (count, reached) in zip(labels, counts, strict=True):
        previous = steps[-1].count if steps else None
        first = steps[0].count if steps else count
        steps.append(
            Step(
                key=key,
                label=labels[key],
                count=count,
                reached=reached,
                rate_from_previous=_rate(count, previous),
                rate_from_first=_rate(count, first),
            )
        )
    return steps


def _rate(count: int, of: int | None) -> Fraction | None:
    return Fraction(count, of) if of else None


# Visits ----------------------------------------------------------------------------------


def visits_trend(*, start: date, end: date, topic: Topic | int | None = None) -> list[VisitPoint]:
    """Views and distinct visitors of each day of the period, days without any included;
    of the whole site, or of one topic's pages (with its subtopics')."""
    found = {
        day: (views, visitors)
        for day, views, visitors in TopicVisit.objects.filter(
            day__gte=start, day__lte=end, topic_id=_topic_id(topic)
        ).values_list("day", "views", "visitors")
    }
    days = (start + timedelta(days=offset) for offset in range((end - start).days + 1))
    return [VisitPoint(day, *found.get(day, (0, 0))) for day in days]


# Courses ---------------------------------------------------------------------------------


def course_figures(
    *, start: date, end: date, topic: Topic | int | None = None, limit: int | None = None
) -> list[CourseFigures]:
    """Every course with visits or enrolments in the period (in a topic and its subtopics,
    when given), most enrolments first."""
    period = Q(day__gte=start, day__lte=end)
    if topic is not None:
        period &= Q(course__topic_id__in=subtree(_topic_id(topic), topic_tree()))
    cohorts = {
        row.pop("course_id"): row
        for row in CourseCohort.objects.filter(period)
        .values("course_id")
        .annotate(
            enrolled=Sum("enrolled"),
            first_lesson=Sum("first_lesson"),
            completed=Sum("completed"),
            contributed=Sum("contributed"),
            ratings=Sum("ratings"),
            rating_total=Sum("rating_total"),
        )
        .order_by()
    }
    seen = {
        course_id: (views, visitors)
        for course_id, views, visitors in CourseVisit.objects.filter(period)
        .values("course_id")
        .annotate(views=Sum("views"), visitors=Sum("visitors"))
        .order_by()
        .values_list("course_id", "views", "visitors")
    }
    courses = CoursePage.objects.filter(pk__in=cohorts.keys() | seen.keys()).values_list(
        "pk", "title", "topic_id", "live"
    )
    names = ("enrolled", "first_lesson", "completed", "contributed", "ratings", "rating_total")
    found = []
    for course_id, title, topic_id, live in courses:
        row = cohorts.get(course_id, {})
        numbers = {name: row.get(name) or 0 for name in names}
        views, visitors = seen.get(course_id, (0, 0))
        found.append((course_id, title, topic_id, live, views, visitors, numbers))
    found.sort(key=lambda course: (-course[6]["enrolled"], -course[5], course[1]))
    if limit is not None:
        found = found[:limit]
    refs, labels = _topic_refs(), _labels(COURSE_STEPS)
    figures = []
    for course_id, title, topic_id, live, views, visitors, numbers in found:
        counts = [
            (visitors, visitors),
            *((numbers[key], numbers[key]) for key in list(COURSE_STEPS)[1:]),
        ]
        figures.append(
            CourseFigures(
                course_id=course_id,
                title=title,
                topic=refs.get(topic_id),
                live=live,
                views=views,
                visitors=visitors,
                enrolled=numbers["enrolled"],
                first_lesson=numbers["first_lesson"],
                completed=numbers["completed"],
                contributed=numbers["contributed"],
                ratings=numbers["ratings"],
                average_rating=_rate(numbers["rating_total"], numbers["ratings"]),
                steps=_steps(labels, counts),
            )
        )
    return figures


def enrolments_by_topic(*, start: date, end: date) -> dict[int, int]:
    """Enrolments in the period per course topic (not counting subtopics): what learners
    come for."""
    rows = (
        CourseCohort.objects.filter(day__gte=start, day__lte=end, course__topic__isnull=False)
        .values_list("course__topic_id")
        .annotate(total=Sum("enrolled"))
        .order_by()
    )
    return {topic_id: total for topic_id, total in rows if total}


# Lessons ---------------------------------------------------------------------------------


def lesson_figures(
    *, start: date, end: date, topic: Topic | int | None = None, limit: int | None = None
) -> list[LessonFigures]:
    """Every lesson completed or rated in the period (in a topic and its subtopics, when
    given), most completions first, then the best rated."""
    period = Q(day__gte=start, day__lte=end)
    if topic is not None:
        period &= Q(course__topic_id__in=subtree(_topic_id(topic), topic_tree()))
    # Ranked and cut in the database: only the rows shown are read.
    rows = (
        LessonDay.objects.filter(period)
        .values("lesson_id", "course_id")
        .annotate(
            completions_sum=Sum("completions"),
            ratings_sum=Sum("ratings"),
            rating_total_sum=Sum("rating_total"),
            average=Cast("rating_total_sum", FloatField()) / NullIf("ratings_sum", 0),
        )
        .order_by(F("completions_sum").desc(), F("average").desc(nulls_last=True), "lesson__title")
        .values_list(
            "lesson_id",
            "lesson__title",
            "course_id",
            "course__title",
            "completions_sum",
            "ratings_sum",
            "rating_total_sum",
        )
    )
    return [
        LessonFigures(
            lesson_id=lesson_id,
            title=title,
            course_id=course_id,
            course_title=course_title,
            completions=completions,
            ratings=ratings,
            average_rating=_rate(rating_total, ratings),
        )
        for lesson_id, title, course_id, course_title, completions, ratings, rating_total in (
            rows[:limit] if limit is not None else rows
        )
    ]


# Teachers --------------------------------------------------------------------------------


def teacher_figures(
    *, start: date, end: date, topic: Topic | int | None = None, limit: int | None = None
) -> list[TeacherFigures]:
    """Every teacher whose courses or sessions did anything in the period (in a topic and
    its subtopics, when given), most learners reached first."""
    sums = (
        TeacherDay.objects.filter(day__gte=start, day__lte=end, topic_id=_topic_id(topic))
        .values("teacher_id")
        .annotate(
            learners=Sum("learners"),
            enrolments=Sum("enrolments"),
            completions=Sum("completions"),
            attendances=Sum("attendances"),
            sessions=Sum("sessions"),
            ratings=Sum("ratings"),
            rating_total=Sum("rating_total"),
        )
        .order_by()
    )
    rows = {row.pop("teacher_id"): row for row in sums}
    people = (
        get_user_model()
        .objects.filter(pk__in=rows.keys())
        .values_list("pk", "username", "profile__display_name")
    )
    figures = [
        TeacherFigures(
            teacher_id=pk,
            username=username,
            name=display_name or username,
            learners=rows[pk]["learners"],
            enrolments=rows[pk]["enrolments"],
            completions=rows[pk]["completions"],
            attendances=rows[pk]["attendances"],
            sessions=rows[pk]["sessions"],
            ratings=rows[pk]["ratings"],
            average_rating=_rate(rows[pk]["rating_total"], rows[pk]["ratings"]),
        )
        for pk, username, display_name in people
    ]
    figures.sort(key=lambda teacher: (-teacher.learners, -teacher.enrolments, teacher.name))
    return figures[:limit] if limit is not None else figures


# Topics ----------------------------------------------------------------------------------


def _topic_id(topic: Topic | int | None) -> int | None:
    return topic.pk if isinstance(topic, Topic) else topic


def _topic_refs() -> dict[int, TopicRef]:
    """Every topic, in tree order: each root by name, then its subtopics, and so on."""
    topics = list(Topic.objects.order_by("name").values_list("pk", "name", "slug", "parent_id"))
    children: dict[int | None, list] = {}
    for row in topics:
        children.setdefault(row[3], []).append(row)
    known = {row[0] for row in topics}
    refs: dict[int, TopicRef] = {}

    def visit(parent_id: int | None, depth: int) -> None:
        for pk, name, slug, parent in children.get(parent_id, []):
            if pk not in refs:
                refs[pk] = TopicRef(id=pk, name=name, slug=slug, parent_id=parent, depth=depth)
                visit(pk, depth + 1)

    visit(None, 0)
    for pk, name, slug, parent in topics:  # below a missing parent: shown as roots
        if pk not in refs and parent not in known:
            refs[pk] = TopicRef(id=pk, name=name, slug=slug, parent_id=parent, depth=0)
            visit(pk, 1)
    return refs
