"""Reads of the catalogue and of each learner's progress."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Avg, Count, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import (
    CoursePage,
    Enrolment,
    Kudos,
    LessonCompletion,
    LessonFeedback,
    LessonPage,
    PracticeReport,
)

# Course length buckets of the catalogue filter, in minutes: (lowest, highest), both inclusive.
LENGTHS = {"short": (0, 59), "medium": (60, 180), "long": (181, 100_000)}
SORTS = {
    "newest": ("-first_published_at",),
    "popular": ("-learner_count", "-first_published_at"),
    "rated": (F("average_rating").desc(nulls_last=True), "-first_published_at"),
}


def _below(course_ref: str = "path"):
    """Live lessons directly below the course of the outer query."""
    return LessonPage.objects.live().filter(
        path__startswith=OuterRef(course_ref), depth=OuterRef("depth") + 1
    )


def _lesson_total(aggregate):
    lessons = _below().order_by().values("depth").annotate(total=aggregate).values("total")
    return Coalesce(Subquery(lessons, output_field=IntegerField()), 0)


def with_figures(courses: QuerySet) -> QuerySet:
    """Annotate what catalogue cards show: minutes, lesson count, learners, average rating."""
    ratings = (
        LessonFeedback.objects.filter(lesson__path__startswith=OuterRef("path"))
        .order_by()
        .values("lesson__depth")
        .annotate(average=Avg("rating"))
        .values("average")
    )
    learners = (
        Enrolment.objects.filter(course=OuterRef("pk"))
        .order_by()
        .values("course")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return courses.annotate(
        total_minutes=_lesson_total(Sum("estimated_minutes")),
        lesson_count=_lesson_total(Count("pk")),
        learner_count=Coalesce(Subquery(learners, output_field=IntegerField()), 0),
        average_rating=Subquery(ratings),
    )


def published_courses() -> QuerySet:
    return CoursePage.objects.live().public().select_related("topic", "cover_image", "owner")


@dataclass
class CatalogueQuery:
    topic: str = ""
    level: str = ""
    language: str = ""
    length: str = ""
    sort: str = "newest"


def catalogue(query: CatalogueQuery) -> QuerySet:
    courses = with_figures(published_courses())
    if query.topic:
        courses = courses.filter(
            Q(topic__slug=query.topic)
            | Q(topic__parent__slug=query.topic)
            | Q(related_topics__slug=query.topic)
        ).distinct()
    if query.level:
        courses = courses.filter(level=query.level)
    if query.language:
        courses = courses.filter(language=query.language)
    if query.length:
        lowest, highest = LENGTHS[query.length]
        courses = courses.filter(total_minutes__gte=lowest, total_minutes__lte=highest)
    return courses.order_by(*SORTS.get(query.sort, SORTS["newest"]))


def featured_courses(*, limit: int = 6) -> QuerySet:
    return with_figures(published_courses().filter(featured=True)).order_by(
        "featured_order", "-first_published_at"
    )[:limit]


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).live().public().order_by("path"))


@dataclass
class Progress:
    lessons: list[LessonPage]
    done_ids: set[int] = field(default_factory=set)

    @property
    def done_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.done_ids)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def percent(self) -> int:
        return round(100 * self.done_count / self.total) if self.total else 0

    @property
    def minutes_left(self) -> int:
        return sum(
            lesson.estimated_minutes for lesson in self.lessons if lesson.pk not in self.done_ids
        )

    @property
    def next_lesson(self) -> LessonPage | None:
        return next((lesson for lesson in self.lessons if lesson.pk not in self.done_ids), None)

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.done_count == self.total


def progress(*, user, course: CoursePage, lessons: list[LessonPage] | None = None) -> Progress:
    lessons = lessons_of(course) if lessons is None else lessons
    done = set()
    if user.is_authenticated:
        done = set(
            LessonCompletion.objects.filter(user=user, course=course).values_list(
                "lesson_id", flat=True
            )
        )
    return Progress(lessons=lessons, done_ids=done)


def enrolment(*, user, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def enrolments_of(*, user) -> QuerySet:
    """The member's courses, most recently active first."""
    return (
        Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course", "course__topic", "last_lesson")
        .order_by("completed_at", "-last_activity_at")
    )


def neighbours(lesson: LessonPage, lessons: list[LessonPage]):
    """The lessons before and after this one in its course."""
    ids = [item.pk for item in lessons]
    if lesson.pk not in ids:
        return None, None
    index = ids.index(lesson.pk)
    previous = lessons[index - 1] if index > 0 else None
    following = lessons[index + 1] if index + 1 < len(lessons) else None
    return previous, following


def continue_learning(*, user, limit: int = 3) -> list[tuple[Enrolment, Progress]]:
    """Courses in progress with the next lesson to open, most recently active first."""
    items = []
    for enrolment in enrolments_of(user=user).filter(completed_at=None)[:limit]:
        items.append((enrolment, progress(user=user, course=enrolment.course)))
    return items


def course_figures(*, course: CoursePage) -> dict:
    """What the authors of a course see in the editor: reach and feedback, all lessons."""
    lessons = LessonPage.objects.descendant_of(course)
    ratings = LessonFeedback.objects.filter(lesson__in=lessons).aggregate(
        average=Avg("rating"), count=Count("pk")
    )
    return {
        "learners": Enrolment.objects.filter(course=course).count(),
        "completions": Enrolment.objects.filter(course=course, completed_at__isnull=False).count(),
        "average_rating": ratings["average"],
        "ratings": ratings["count"],
        "kudos": Kudos.objects.filter(lesson__in=lessons).count(),
        "practice_reports": PracticeReport.objects.filter(lesson__in=lessons).count(),
    }


def practice_reports_shown(*, lesson, limit: int = 5) -> QuerySet:
    """The latest practice reports of a lesson, without those moderators removed."""
    from academy.peers.selectors.moderation import without_removed

    reports = PracticeReport.objects.filter(lesson=lesson)
    return without_removed(reports).select_related("user", "user__profile")[:limit]


def author_ids(course: CoursePage) -> set[int]:
    """The owner and co-authors as recorded in the database (see `services.record_authors`)."""
    co_authors = CoursePage.co_authors.through.objects.filter(coursepage_id=course.pk)
    return {course.owner_id, *co_authors.values_list("user_id", flat=True)} - {None}


def authored_courses(*, user) -> QuerySet:
    """Published courses the member owns or co-authors."""
    return (
        published_courses()
        .filter(Q(owner=user) | Q(co_authors=user))
        .distinct()
        .order_by("-first_published_at")
    )


def is_open_for_learning(page) -> bool:
    """Published and not behind a view restriction (its own or an ancestor's)."""
    return page.live and not page.get_view_restrictions().exists()


def course_of(page) -> CoursePage | None:
    """The course a catalogue page belongs to: itself, or the parent of a lesson."""
    if isinstance(page, LessonPage):
        return CoursePage.objects.get(pk=page.get_parent().pk)
    return page if isinstance(page, CoursePage) else None


def _rating_between(start, end):
    ratings = (
        LessonFeedback.objects.filter(
            lesson__path__startswith=OuterRef("path"), created_at__gte=start, created_at__lt=end
        )
        .order_by()
        .values("lesson__depth")
        .annotate(average=Avg("rating"))
        .values("average")
    )
    return Subquery(ratings)


# Ratings are compared over two windows of this length: the latest and the one before.
RATING_WINDOW = timedelta(days=90)


def stale_courses(*, months: int = 6, now=None, limit: int = 20) -> QuerySet:
    """Published courses not updated for `months` whose ratings fall: the last
    `RATING_WINDOW` rated lower than the one before. Annotated with both averages."""
    now = now or timezone.now()
    return (
        published_courses()
        .filter(last_published_at__lt=now - timedelta(days=30 * months))
        .annotate(
            recent_rating=_rating_between(now - RATING_WINDOW, now),
            earlier_rating=_rating_between(now - 2 * RATING_WINDOW, now - RATING_WINDOW),
        )
        .filter(recent_rating__lt=F("earlier_rating"))
        .select_related("owner__profile")
        .order_by("last_published_at")[:limit]
    )
