"""What the home page shows: the next sessions for visitors; for a signed-in member, their
own next steps, and suggestions that each say why they were made (decision 47).

Suggestions come from what the member did: courses they completed or are taking and
sessions they attended. Each of those points at its topic family (the topic's root and
everything below it) and at its level and the next one up; what a member completed in a
family sets the floor there, so nobody is offered a course below what they finished. Every
read is a fixed number of queries, however much the member has done.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.community import selectors as community_selectors
from academy.courses import selectors as course_selectors
from academy.courses.models import Enrolment, Level, Topic
from academy.live import selectors as live_selectors
from academy.live.models import Participant, Registration
from academy.peers.selectors import ladder as ladder_selectors
from academy.peers.selectors.profiles import profile_for

LEVELS = list(Level.values)
# How many of each kind the home page suggests, and how many candidates it weighs for them.
SUGGESTIONS = 3
CANDIDATES = 30
# How long a course counts as new.
NEW_FOR = timedelta(days=30)
# How many sessions the home page lists under "Your upcoming sessions".
HELD_SESSIONS = 3
# How many of the past sessions a member attended are weighed.
ATTENDED = 10
# How many upcoming sessions a visitor sees.
VISITOR_SESSIONS = 3


@dataclass(frozen=True)
class Signal:
    """Something the member did, which explains the suggestions it leads to."""

    reason: str
    family: frozenset[int]
    levels: frozenset[str]
    language: str


@dataclass(frozen=True)
class Suggestion:
    item: object
    reason: str
    is_new: bool = False


def upcoming_sessions(*, now=None) -> list:
    """The next sessions anyone may join, for visitors: those curators feature first, then
    the soonest."""
    sessions = live_selectors.upcoming(now=now).order_by("-featured", "starts_at", "pk")
    return list(sessions[:VISITOR_SESSIONS])


@dataclass(frozen=True)
class MemberHome:
    continue_learning: list
    held_sessions: list
    suggested_courses: list[Suggestion]
    suggested_sessions: list[Suggestion]
    questions: list
    path: object


def member_home(*, user, now=None) -> MemberHome:
    now = now or timezone.now()
    tree = ladder_selectors.topic_tree()
    signals = _signals(user, tree)
    languages = _languages(user, signals)
    held = live_selectors.held_sessions(user=user, now=now)
    return MemberHome(
        continue_learning=course_selectors.continue_learning(user=user),
        held_sessions=[row for row in held if not row.over][:HELD_SESSIONS],
        suggested_courses=_courses(user, signals, languages, now),
        suggested_sessions=_sessions(user, signals, languages, now),
        questions=community_selectors.unanswered_threads_for(user=user, limit=SUGGESTIONS),
        path=ladder_selectors.path_of(user=user, history_limit=0),
    )


def _family(topic_id: int, tree: dict[int, int | None]) -> frozenset[int]:
    root = ladder_selectors.ancestors_and_self(topic_id, tree)[-1]
    return frozenset(ladder_selectors.subtree(root, tree))


def _from_level(level: str, floor: int) -> frozenset[str]:
    """A level and the next one up, none below the floor."""
    position = LEVELS.index(level)
    return frozenset(LEVELS[max(position, floor) : position + 2])


def _signals(user, tree) -> list[Signal]:
    """Completed courses first, then courses in progress, then sessions attended, the most
    recent first within each."""
    enrolments = (
        Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course")
        .order_by("-completed_at", "-last_activity_at")
    )
    attended = (
        Participant.objects.filter(user=user, removed=False, session__live=True)
        .exclude(session__host=user)
        .select_related("session")
        .order_by("-first_seen_at")[:ATTENDED]
    )
    floors: dict[frozenset[int], int] = {}
    for enrolment in enrolments:
        if enrolment.completed_at and enrolment.course.topic_id:
            family = _family(enrolment.course.topic_id, tree)
            level = LEVELS.index(enrolment.course.level)
            floors[family] = max(floors.get(family, 0), level)
    signals = []
    for enrolment in enrolments:
        course = enrolment.course
        if course.topic_id:
            template = (
                _("Because you completed “%(title)s”")
                if enrolment.completed_at
                else _("Because you are taking “%(title)s”")
            )
            signals.append(_signal(template, course, tree, floors))
    for participation in attended:
        session = participation.session
        if session.topic_id:
            signals.append(_signal(_("Because you attended “%(title)s”"), session, tree, floors))
    return signals


def _signal(template: str, source, tree, floors) -> Signal:
    family = _family(source.topic_id, tree)
    return Signal(
        reason=template % {"title": source.title},
        family=family,
        levels=_from_level(source.level, floors.get(family, 0)),
        language=source.language,
    )


def _reason(signals: list[Signal], topic_ids: set[int], level: str) -> str | None:
    for signal in signals:
        if level in signal.levels and signal.family & topic_ids:
            return signal.reason
    return None


def _languages(user, signals: list[Signal]) -> set[str]:
    """The languages the member said they speak, or else those they learn in."""
    return set(profile_for(user=user).languages) or {signal.language for signal in signals}


def _courses(user, signals: list[Signal], languages: set[str], now) -> list[Suggestion]:
    """Published courses in the member's topic families, levels and languages that they
    neither take nor wrote, the newest first."""
    if not signals:
        return []
    topic_ids = set().union(*(signal.family for signal in signals))
    courses = (
        course_selectors.with_figures(course_selectors.published_courses())
        .filter(Q(topic_id__in=topic_ids) | Q(related_topics__in=topic_ids))
        .filter(level__in=set().union(*(signal.levels for signal in signals)))
        .filter(language__in=languages)
        .exclude(enrolments__user=user)
        .exclude(Q(owner=user) | Q(co_authors=user))
        .distinct()
        .prefetch_related(Prefetch("related_topics", queryset=Topic.objects.only("pk")))
        .order_by("-first_published_at", "pk")
    )
    suggestions = []
    for course in courses[:CANDIDATES]:
        topics = {course.topic_id, *(topic.pk for topic in course.related_topics.all())}
        reason = _reason(signals, topics, course.level)
        if reason:
            is_new = bool(course.first_published_at and now - course.first_published_at < NEW_FOR)
            suggestions.append(Suggestion(course, reason, is_new))
    return suggestions[:SUGGESTIONS]


def _sessions(user, signals: list[Signal], languages: set[str], now) -> list[Suggestion]:
    """Upcoming sessions in the member's topic families, levels and languages that they hold
    no place in and do not host, the soonest first."""
    if not signals:
        return []
    topic_ids = set().union(*(signal.family for signal in signals))
    held = Registration.objects.filter(user=user).exclude(status=Registration.Status.CANCELLED)
    sessions = (
        live_selectors.upcoming(now=now)
        .filter(topic_id__in=topic_ids)
        .filter(level__in=set().union(*(signal.levels for signal in signals)))
        .filter(language__in=languages)
        .exclude(pk__in=held.values("session_id"))
        .exclude(Q(host=user) | Q(cohosts=user))
    )
    suggestions = []
    for session in sessions[:CANDIDATES]:
        reason = _reason(signals, {session.topic_id}, session.level)
        if reason:
            suggestions.append(Suggestion(session, reason))
    return suggestions[:SUGGESTIONS]
