"""What the catalogue search indexes, built from pages and teachers the same way for both
backends. A record is plain data: the database backend stores it as a `CatalogueEntry`, the
Elasticsearch backend as a document."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction

from academy.courses.models import CoursePage, LearningPathPage, LessonPage
from academy.courses.selectors import LENGTHS, with_figures
from academy.live.models import LiveSessionPage, Registration
from academy.peers.models import Profile, Standing
from academy.peers.roles import Role
from academy.peers.selectors.ladder import active_suspension

from .models import Audience, Kind

TEACHING_ROLES = (Role.PEER_TEACHER, Role.MENTOR)
INDEXED_PAGE_TYPES = (CoursePage, LessonPage, LearningPathPage, LiveSessionPage)


def page_key(page_id: int) -> str:
    return f"page:{page_id}"


def teacher_key(user_id: int) -> str:
    return f"teacher:{user_id}"


def length_of(minutes: int | None) -> str:
    """The catalogue's length bucket ("short", "medium", "long") of so many minutes."""
    if minutes is None:
        return ""
    for name, (lowest, highest) in LENGTHS.items():
        if lowest <= minutes <= highest:
            return name
    return "long"


@dataclass(frozen=True)
class Record:
    key: str
    kind: str
    title: str
    url: str
    summary: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    topic_id: int | None = None
    topic_name: str = ""
    topic_slug: str = ""
    level: str = ""
    language: str = ""
    minutes: int | None = None
    date: datetime | None = None
    popularity: int = 0
    featured: bool = False
    audience: str = Audience.EVERYONE
    page_id: int | None = None
    teacher_id: int | None = None

    @property
    def length(self) -> str:
        return length_of(self.minutes)


def _text(*parts) -> str:
    return " ".join(strip_tags(str(part)).strip() for part in parts if part)


def _stream_text(page, field_name: str) -> str:
    stream_field = type(page)._meta.get_field(field_name)
    return _text(*stream_field.get_searchable_content(getattr(page, field_name)))


class RecordBuilder:
    """Builds records with a handful of queries per batch rather than per page: view
    restrictions, course figures and session seats are read once and reused."""

    def __init__(self):
        self.restrictions = list(
            PageViewRestriction.objects.values_list("page__path", "restriction_type")
        )
        self._courses: dict[str, CoursePage] = {}

    # Who may see a page ------------------------------------------------------------------

    def audience_of(self, page: Page) -> str | None:
        """Everyone, members only (a login restriction) or None: pages behind a password or
        restricted to groups are never in the shared index."""
        audience = Audience.EVERYONE
        for path, restriction_type in self.restrictions:
            if not page.path.startswith(path):
                continue
            if restriction_type != PageViewRestriction.LOGIN:
                return None
            audience = Audience.MEMBERS
        return audience

    # Pages ---------------------------------------------------------------------------------

    def course(self, path: str) -> CoursePage | None:
        if path not in self._courses:
            course = (
                with_figures(CoursePage.objects.live().filter(path=path))
                .select_related("topic")
                .prefetch_related("tags")
                .first()
            )
            self._courses[path] = course
        return self._courses[path]

    def remember_courses(self, courses: Iterable[CoursePage]) -> None:
        for course in courses:
            self._courses[course.path] = course

    def for_page(self, page: Page) -> Record | None:
        """The record of a live page of an indexed type, or None when it must not be found."""
        page = page.specific
        if not page.live or not isinstance(page, INDEXED_PAGE_TYPES):
            return None
        audience = self.audience_of(page)
        if audience is None:
            return None
        if isinstance(page, CoursePage):
            course = self.course(page.path)
            return course and self._course(course, audience)
        if isinstance(page, LessonPage):
            course = self.course(page.path[: -Page.steplen])
            return course and self._lesson(page, course, audience)
        if isinstance(page, LearningPathPage):
            return self._path(page, audience)
        return self._session(page, audience)

    def _page_record(self, page: Page, audience: str, **values) -> Record:
        values.setdefault("date", page.first_published_at)
        return Record(
            key=page_key(page.pk),
            title=page.title,
            url=page.get_url() or "",
            audience=audience,
            page_id=page.pk,
            **values,
        )

    def _course(self, course: CoursePage, audience: str) -> Record:
        tags = tuple(tag.name for tag in course.tags.all())
        return self._page_record(
            course,
            audience,
            kind=Kind.COURSE,
            summary=course.summary,
            body=_text(course.summary, _stream_text(course, "outcomes"), course.prerequisites),
            tags=tags,
            topic_id=course.topic_id,
            topic_name=course.topic.name,
            topic_slug=course.topic.slug,
            level=course.level,
            language=course.language,
            minutes=course.total_minutes,
            popularity=course.learner_count,
            featured=course.featured,
        )

    def _lesson(self, lesson: LessonPage, course: CoursePage, audience: str) -> Record:
        return self._page_record(
            lesson,
            audience,
            kind=Kind.LESSON,
            summary=lesson.summary,
            body=_text(lesson.summary, _stream_text(lesson, "body")),
            tags=tuple(tag.name for tag in course.tags.all()),
            topic_id=course.topic_id,
            topic_name=course.topic.name,
            topic_slug=course.topic.slug,
            level=course.level,
            language=course.language,
            minutes=lesson.estimated_minutes,
            popularity=course.learner_count,
            featured=course.featured,
        )

    def _path(self, path: LearningPathPage, audience: str) -> Record:
        steps = list(path.steps.select_related("course__topic").order_by("sort_order"))
        courses = [self.course(step.course.path) for step in steps if step.course.live]
        courses = [course for course in courses if course is not None]
        first = courses[0] if courses else None
        return self._page_record(
            path,
            audience,
            kind=Kind.PATH,
            summary=path.intro,
            body=_text(path.intro, *(f"{step.course.title} {step.why}" for step in steps)),
            topic_id=first and first.topic_id,
            topic_name=first.topic.name if first else "",
            topic_slug=first.topic.slug if first else "",
            level=first.level if first else "",
            language=first.language if first else "",
            minutes=sum(course.total_minutes for course in courses) if courses else None,
            popularity=sum(course.learner_count for course in courses),
        )

    def _session(self, session: LiveSessionPage, audience: str) -> Record | None:
        state = getattr(session, "state", None)
        if state is not None and state.cancelled_at:
            return None
        minutes = int((session.ends_at - session.starts_at).total_seconds() // 60)
        registered = session.registrations.filter(status=Registration.Status.REGISTERED).count()
        return self._page_record(
            session,
            audience,
            kind=Kind.SESSION,
            summary=session.description,
            body=session.description,
            topic_id=session.topic_id,
            topic_name=session.topic.name,
            topic_slug=session.topic.slug,
            level=session.level,
            language=session.language,
            minutes=minutes,
            date=session.starts_at,
            popularity=registered,
        )

    # Teachers ------------------------------------------------------------------------------

    def for_teacher(self, user) -> Record | None:
        """A member who teaches (peer teacher or mentor in some topic) and is active and not
        suspended; their profile page is what is found."""
        if not user.is_active or active_suspension(user=user) is not None:
            return None
        standings = list(
            Standing.objects.filter(user=user, role__in=TEACHING_ROLES)
            .exclude(basis=Standing.Basis.BLOCKED)
            .exclude(topic=None)
            .select_related("topic")
            .order_by("since")
        )
        if not standings:
            return None
        profile = Profile.objects.filter(user=user).first()
        # A mentor is a peer teacher of the same topic too: each topic once.
        topics = list({standing.topic_id: standing.topic for standing in standings}.values())
        main = topics[0]
        languages = [code for code in (profile.languages if profile else []) if code]
        language = next((code for code in languages if code in dict(settings.LANGUAGES)), "")
        name = profile.name if profile else user.get_username()
        with translation.override(settings.LANGUAGE_CODE):
            url = reverse("peers:profile", args=[user.get_username()])
        return Record(
            key=teacher_key(user.pk),
            kind=Kind.TEACHER,
            title=name,
            url=url,
            summary=profile.can_help_with if profile else "",
            body=_text(
                profile.can_help_with if profile else "",
                profile.bio if profile else "",
                *(topic.name for topic in topics),
            ),
            topic_id=main.pk,
            topic_name=main.name,
            topic_slug=main.slug,
            language=language,
            date=standings[0].since,
            popularity=_learners_reached(user),
            teacher_id=user.pk,
        )


def _learners_reached(user) -> int:
    """Members enrolled in the courses they wrote plus members registered for their sessions."""
    courses = CoursePage.objects.live().filter(Q(owner=user) | Q(co_authors=user)).distinct()
    enrolled = courses.aggregate(total=Count("enrolments", distinct=True))["total"] or 0
    registered = Registration.objects.filter(
        Q(session__host=user) | Q(session__cohosts=user),
        status=Registration.Status.REGISTERED,
    ).count()
    return enrolled + registered


def teacher_ids() -> Iterator[int]:
    return iter(
        Standing.objects.filter(role__in=TEACHING_ROLES)
        .exclude(basis=Standing.Basis.BLOCKED)
        .exclude(topic=None)
        .values_list("user_id", flat=True)
        .distinct()
        .order_by("user_id")
    )


def all_records(builder: RecordBuilder | None = None) -> Iterator[Record]:
    """Every record of the catalogue, type by type, for a full rebuild."""
    builder = builder or RecordBuilder()
    builder.remember_courses(
        with_figures(CoursePage.objects.live()).select_related("topic").prefetch_related("tags")
    )
    for model in INDEXED_PAGE_TYPES:
        pages = model.objects.live().order_by("path")
        if model is LiveSessionPage:
            pages = pages.select_related("topic", "state")
        for page in pages.iterator(chunk_size=500):
            record = builder.for_page(page)
            if record is not None:
                yield record
    users = get_user_model().objects.filter(pk__in=list(teacher_ids()))
    for user in users.iterator(chunk_size=500):
        record = builder.for_teacher(user)
        if record is not None:
            yield record


def count_candidates() -> int:
    """About how many records a full rebuild builds, for its progress bar."""
    pages = sum(model.objects.live().count() for model in INDEXED_PAGE_TYPES)
    return pages + len(list(teacher_ids()))
