"""Reads behind the public API: only live pages every visitor may see, whoever asks."""

from django.db.models import OuterRef, QuerySet, Subquery
from django.db.models.functions import Substr
from wagtail.models import Page

from academy.courses import selectors as courses
from academy.courses.models import LessonPage, Topic
from academy.live import selectors as live


def topics() -> QuerySet:
    return Topic.objects.select_related("parent").order_by("name", "pk")


def course_list(*, topic: str = "", level: str = "", language: str = "") -> QuerySet:
    query = courses.CatalogueQuery(topic=topic, level=level, language=language)
    # The primary key breaks ties, so that pages never repeat or skip a course.
    return courses.catalogue(query).prefetch_related("tags").order_by("-first_published_at", "-pk")


def course(pk: int):
    return courses.with_figures(courses.published_courses()).prefetch_related("tags").get(pk=pk)


def lessons_of(course_page) -> list[LessonPage]:
    return courses.lessons_of(course_page)


def _public_course_of_lesson() -> Subquery:
    """The course above the lesson of the outer query, if that course is live and public: a
    lesson published below a draft or restricted course must not show."""
    parent_path = Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * Page.steplen)
    return Subquery(courses.published_courses().filter(path=parent_path).values("pk")[:1])


def lesson_list(*, course: int | None = None) -> QuerySet:
    lessons = (
        LessonPage.objects.live()
        .public()
        .annotate(course_id=_public_course_of_lesson())
        .filter(course_id__isnull=False)
    )
    if course is not None:
        lessons = lessons.filter(course_id=course)
    return lessons.order_by("path")


def lesson(pk: int) -> LessonPage:
    return lesson_list().get(pk=pk)


def _with_public_course(sessions: QuerySet) -> QuerySet:
    published = courses.published_courses().filter(pk=OuterRef("course_id"))
    return sessions.annotate(public_course_id=Subquery(published.values("pk")[:1]))


def session_list(
    *, when: str = "all", topic: str = "", level: str = "", language: str = ""
) -> QuerySet:
    """Sessions that are not cancelled; `when` is "upcoming", "past" or "all"."""
    chosen = None
    if topic:
        chosen = Topic.objects.filter(slug=topic).first()
        if chosen is None:
            return live.published_sessions().none()
    pick = {"upcoming": live.upcoming, "past": live.ended}.get(when)
    filters = {"topic": chosen, "level": level or None, "language": language or None}
    sessions = pick(**filters) if pick else live.listed(**filters)
    return _with_public_course(sessions).prefetch_related("cohosts__profile")


def session(pk: int):
    return session_list().get(pk=pk)
