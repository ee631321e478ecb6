"""What the rollup reads from the other apps (decision 53): which course and topics each page
belongs to, who reached which step of the activation funnel and in which topics, and what
teachers' courses and sessions did. Everything here reads; the rollup writes.

A topic here always comes with its ancestors: what happens in a subtopic counts in every
topic above it too, as roles held in a topic cover its subtopics.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone
from wagtail.models import Page

from academy.community.models import Post
from academy.courses.models import (
    CoursePage,
    Enrolment,
    Kudos,
    LessonCompletion,
    LessonFeedback,
    LessonPage,
    PracticeReport,
)
from academy.live.models import LiveSessionPage, Participant, Question, SessionFeedback
from academy.peers.selectors.ladder import ancestors_and_self, topic_tree
from academy.peers.selectors.moderation import without_removed

# The member steps of the funnel, in order; "signed up" comes before them and needs no read.
MEMBER_STEPS = ("enrolled", "first_lesson", "attended", "contributed", "taught")


@dataclass
class Scopes:
    """Where each course, lesson and live session page belongs: its course and its topics."""

    tree: dict[int, int | None]
    course_topic: dict[int, int]
    lesson_course: dict[int, int]
    session_topic: dict[int, int]
    session_course: dict[int, int | None]
    _topics: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def topics(self, topic_id: int | None) -> tuple[int, ...]:
        """The topic and every topic above it."""
        if topic_id is None:
            return ()
        found = self._topics.get(topic_id)
        if found is None:
            found = self._topics[topic_id] = tuple(ancestors_and_self(topic_id, self.tree))
        return found

    def course_topics(self, course_id: int) -> tuple[int, ...]:
        return self.topics(self.course_topic.get(course_id))

    def session_topics(self, session_id: int) -> tuple[int, ...]:
        return self.topics(self.session_topic.get(session_id))

    def page_course(self, page_id: int) -> int | None:
        """The course a course or lesson page belongs to."""
        if page_id in self.course_topic:
            return page_id
        return self.lesson_course.get(page_id)

    def page_topics(self, page_id: int) -> tuple[int, ...]:
        """A course and its lessons count for the course's topic, a session for its own."""
        course_id = self.page_course(page_id)
        if course_id is not None:
            return self.course_topics(course_id)
        return self.session_topics(page_id)


def scopes() -> Scopes:
    courses = list(CoursePage.objects.values_list("pk", "topic_id", "path"))
    course_at = {path: pk for pk, _topic, path in courses}
    lesson_course = {}
    for pk, path in LessonPage.objects.values_list("pk", "path"):
        course_id = course_at.get(path[: -Page.steplen])
        if course_id is not None:
            lesson_course[pk] = course_id
    sessions = LiveSessionPage.objects.values_list("pk", "topic_id", "course_id")
    return Scopes(
        tree=topic_tree(),
        course_topic={pk: topic_id for pk, topic_id, _path in courses},
        lesson_course=lesson_course,
        session_topic={pk: topic_id for pk, topic_id, _course in sessions},
        session_course={pk: course_id for pk, _topic, course_id in sessions},
    )


# Who did what ----------------------------------------------------------------------------


def attendances() -> QuerySet:
    """Members in a live room who were not removed and were not its host or a co-host."""
    cohosts = LiveSessionPage.cohosts.through.objects.filter(
        livesessionpage_id=OuterRef("session_id"), user_id=OuterRef("user_id")
    )
    return (
        Participant.objects.filter(removed=False)
        .exclude(user_id=F("session__host_id"))
        .exclude(Exists(cohosts))
    )


def sessions_over(now: datetime | None = None) -> QuerySet:
    """Sessions that were published and are over (their time passed or the host ended
    them), and were not cancelled."""
    now = now or timezone.now()
    return (
        LiveSessionPage.objects.filter(first_published_at__isnull=False)
        .filter(Q(ends_at__lte=now) | Q(state__ended_at__isnull=False))
        .exclude(state__cancelled_at__isnull=False)
    )


def visible_posts() -> QuerySet:
    return Post.objects.filter(state=Post.State.VISIBLE)


def _joined_since(queryset: QuerySet, path: str, since: datetime | None) -> QuerySet:
    if since is None:
        return queryset
    return queryset.filter(**{f"{path}__date_joined__gte": since})


def member_steps(
    scopes: Scopes, *, joined_since: datetime | None = None
) -> dict[str, dict[int, set[int]]]:
    """For each member step: every member who has reached it, with the topics they reached
    it in. Limited to members who joined since `joined_since` when given."""
    reached: dict[str, dict[int, set[int]]] = {step: defaultdict(set) for step in MEMBER_STEPS}

    def add(step: str, pairs, topics_of) -> None:
        members = reached[step]
        for user_id, key in pairs:
            members[user_id].update(topics_of(key))

    def since(queryset: QuerySet, path: str = "user") -> QuerySet:
        return _joined_since(queryset, path, joined_since)

    add(
        "enrolled",
        since(Enrolment.objects.values_list("user_id", "course__topic_id").distinct()),
        scopes.topics,
    )
    add(
        "first_lesson",
        since(LessonCompletion.objects.values_list("user_id", "course__topic_id").distinct()),
        scopes.topics,
    )
    add(
        "attended",
        since(attendances().values_list("user_id", "session__topic_id").distinct()),
        scopes.topics,
    )
    for user_id, course_id in contributions_to_courses(scopes, joined_since=joined_since):
        reached["contributed"][user_id].update(scopes.course_topics(course_id))
    for model, path in ((Question, "author"), (SessionFeedback, "user")):
        pairs = model.objects.values_list(f"{path}_id", "session__topic_id").distinct()
        add("contributed", since(pairs, path), scopes.topics)
    for user_id, topic_id in teaching(joined_since=joined_since):
        reached["taught"][user_id].update(scopes.topics(topic_id))
    return reached


def contributions_to_courses(scopes: Scopes, *, joined_since: datetime | None = None):
    """(member, course) for every kudos, lesson rating, practice report (not removed) and
    visible discussion post on a course or its lessons, and every question and feedback in
    a live session that belongs to a course; a pair may come more than once."""
    for queryset in (
        Kudos.objects.all(),
        LessonFeedback.objects.all(),
        without_removed(PracticeReport.objects.all()),
    ):
        pairs = _joined_since(queryset.values_list("user_id", "lesson_id"), "user", joined_since)
        for user_id, lesson_id in pairs.iterator(chunk_size=10_000):
            course_id = scopes.lesson_course.get(lesson_id)
            if course_id is not None:
                yield user_id, course_id
    posts = visible_posts().values_list("author_id", "thread__page_id").distinct()
    for user_id, page_id in _joined_since(posts, "author", joined_since).iterator(
        chunk_size=10_000
    ):
        course_id = scopes.page_course(page_id)
        if course_id is not None:
            yield user_id, course_id
    for model, path in ((Question, "author"), (SessionFeedback, "user")):
        pairs = model.objects.filter(session__course__isnull=False).values_list(
            f"{path}_id", "session__course_id"
        )
        yield from _joined_since(pairs.distinct(), path, joined_since).iterator(chunk_size=10_000)


def teaching(*, joined_since: datetime | None = None):
    """(member, topic) for every live course a member wrote (owner or co-author) and every
    session they hosted or co-hosted that is over."""
    live = CoursePage.objects.live()
    coauthors = CoursePage.co_authors.through.objects.filter(coursepage__in=live)
    over = sessions_over()
    cohosts = LiveSessionPage.cohosts.through.objects.filter(livesessionpage__in=over)
    for pairs, path in (
        (live.filter(owner__isnull=False).values_list("owner_id", "topic_id"), "owner"),
        (coauthors.values_list("user_id", "coursepage__topic_id"), "user"),
        (over.values_list("host_id", "topic_id"), "host"),
        (cohosts.values_list("user_id", "livesessionpage__topic_id"), "user"),
    ):
        yield from _joined_since(pairs.distinct(), path, joined_since)


def members(*, joined_since: datetime | None = None):
    """(member id, when they joined) of every member, or of those who joined since then."""
    users = get_user_model().objects.values_list("pk", "date_joined")
    if joined_since is not None:
        users = users.filter(date_joined__gte=joined_since)
    return users.iterator(chunk_size=10_000)


# Teachers --------------------------------------------------------------------------------


def course_authors() -> dict[int, set[int]]:
    """Every course's owner and co-authors (as recorded by `courses.services.record_authors`)."""
    authors: dict[int, set[int]] = defaultdict(set)
    for course_id, owner_id in CoursePage.objects.values_list("pk", "owner_id"):
        if owner_id is not None:
            authors[course_id].add(owner_id)
    through = CoursePage.co_authors.through.objects.values_list("coursepage_id", "user_id")
    for course_id, user_id in through:
        authors[course_id].add(user_id)
    return authors


def session_hosts() -> dict[int, set[int]]:
    """Every session's host and co-hosts."""
    hosts: dict[int, set[int]] = defaultdict(set)
    for session_id, host_id in LiveSessionPage.objects.values_list("pk", "host_id"):
        hosts[session_id].add(host_id)
    through = LiveSessionPage.cohosts.through.objects.values_list("livesessionpage_id", "user_id")
    for session_id, user_id in through:
        hosts[session_id].add(user_id)
    return hosts
