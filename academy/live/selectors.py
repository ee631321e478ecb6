"""Reads of live sessions: seats, registrations, listings, the room's state and recaps."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Avg, Case, Count, Exists, F, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import (
    ChatMessage,
    Hand,
    LiveSessionPage,
    Participant,
    Question,
    QuestionVote,
    Registration,
    RoomEvent,
    SessionFeedback,
    SessionState,
)

# A member counts as present while they have an open connection and a heartbeat this recent.
PRESENCE_WINDOW = timedelta(seconds=75)
# How many chat messages a snapshot of the room carries; older ones are in the transcript.
SNAPSHOT_MESSAGES = 100


def state_of(session) -> SessionState:
    state, _created = SessionState.objects.get_or_create(session_id=session.pk)
    return state


def registration_of(*, user, session) -> Registration | None:
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(user=user, session=session).first()


def is_registered(*, user, session) -> bool:
    return Registration.objects.filter(
        user=user, session=session, status=Registration.Status.REGISTERED
    ).exists()


def was_removed(*, user, session) -> bool:
    return Participant.objects.filter(user=user, session=session, removed=True).exists()


def seats_taken(session) -> int:
    return Registration.objects.filter(
        session=session, status=Registration.Status.REGISTERED
    ).count()


def waitlist(session):
    return (
        Registration.objects.filter(session=session, status=Registration.Status.WAITLISTED)
        .select_related("user__profile")
        .order_by("queued_at", "pk")
    )


def waitlist_position(registration: Registration) -> int | None:
    if registration.status != Registration.Status.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        session_id=registration.session_id,
        status=Registration.Status.WAITLISTED,
    ).filter(
        Q(queued_at__lt=registration.queued_at)
        | Q(queued_at=registration.queued_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def attendees(session):
    """Registered members first, then the waitlist in order, for the host's list and CSV."""
    return (
        Registration.objects.filter(session=session)
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("user__profile")
        .order_by(
            Case(When(status=Registration.Status.REGISTERED, then=0), default=1),
            "queued_at",
            "pk",
        )
    )


def published_sessions():
    return (
        LiveSessionPage.objects.live()
        .public()
        .select_related("topic", "host__profile", "state")
        .annotate(
            # Distinct: `past` joins questions and participants too, which would multiply it.
            seats_taken=Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.REGISTERED),
                distinct=True,
            )
        )
    )


def is_cancelled(session) -> bool:
    state = getattr(session, "state", None)
    return bool(state and state.cancelled_at)


def is_over(session, now=None) -> bool:
    """Ended by its host, or past its end time."""
    now = now or timezone.now()
    state = SessionState.objects.filter(session_id=session.pk).first()
    return bool(state and state.ended_at) or now >= session.ends_at


def _matching(sessions, *, topic, level, language):
    """Not cancelled, and in the chosen topic, level and language (each optional)."""
    sessions = sessions.exclude(state__cancelled_at__isnull=False)
    if topic is not None:
        sessions = sessions.filter(topic=topic)
    if level:
        sessions = sessions.filter(level=level)
    if language:
        sessions = sessions.filter(language=language)
    return sessions


def upcoming(*, now=None, topic=None, level=None, language=None):
    now = now or timezone.now()
    sessions = published_sessions().filter(ends_at__gt=now, state__ended_at__isnull=True)
    return _matching(sessions, topic=topic, level=level, language=language).order_by(
        "starts_at", "pk"
    )


def ended(*, now=None, topic=None, level=None, language=None):
    """Past sessions, newest first, without the recap figures of `past`."""
    now = now or timezone.now()
    sessions = published_sessions().filter(Q(ends_at__lte=now) | Q(state__ended_at__isnull=False))
    sessions = _matching(sessions, topic=topic, level=level, language=language)
    return sessions.order_by("-starts_at", "-pk")


def listed(*, topic=None, level=None, language=None):
    """Every published session that is not cancelled, past or upcoming, newest start first."""
    sessions = _matching(published_sessions(), topic=topic, level=level, language=language)
    return sessions.order_by("-starts_at", "-pk")


def past(*, now=None, topic=None, level=None, language=None):
    sessions = ended(now=now, topic=topic, level=level, language=language)
    return sessions.annotate(
        questions_count=Count("questions", distinct=True),
        attendance=Count("participants", distinct=True),
    ).order_by("-starts_at", "-pk")


def sessions_of(user):
    """A member's sessions for the calendar feed and "My sessions": the ones they hold a seat
    or a waitlist place in, and the ones they host."""
    held = Registration.objects.filter(
        session=OuterRef("pk"),
        user=user,
        status__in=[Registration.Status.REGISTERED, Registration.Status.WAITLISTED],
    )
    return (
        LiveSessionPage.objects.live()
        .filter(Q(Exists(held)) | Q(host=user) | Q(cohosts=user))
        .select_related("topic", "state")
        .distinct()
        .order_by("starts_at")
    )


@dataclass(frozen=True)
class HeldSession:
    """One of a member's sessions as "My sessions" and the home page list it."""

    session: LiveSessionPage
    hosting: bool
    waitlist_position: int | None
    cancelled: bool
    over: bool


def held_sessions(*, user, now=None) -> list[HeldSession]:
    """The member's sessions (`sessions_of`) with their part in each, in four queries
    however many there are."""
    now = now or timezone.now()
    ahead = (
        Registration.objects.filter(
            session_id=OuterRef("session_id"), status=Registration.Status.WAITLISTED
        )
        .filter(
            Q(queued_at__lt=OuterRef("queued_at"))
            | Q(queued_at=OuterRef("queued_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("session_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    positions = dict(
        Registration.objects.filter(user=user, status=Registration.Status.WAITLISTED)
        .annotate(position=Coalesce(Subquery(ahead), 0) + 1)
        .values_list("session_id", "position")
    )
    rows = []
    for session in sessions_of(user).prefetch_related("cohosts"):
        state = getattr(session, "state", None)
        rows.append(
            HeldSession(
                session=session,
                hosting=user.pk in session.host_ids(),
                waitlist_position=positions.get(session.pk),
                cancelled=bool(state and state.cancelled_at),
                over=bool(state and state.ended_at) or now >= session.ends_at,
            )
        )
    return rows


def reminders_due(*, stamp: str, opens: timedelta, closes: timedelta, late_seats: bool, now):
    """Seats still owed the reminder recorded in the registration field `stamp`: in published
    sessions that are neither cancelled nor ended and start between `closes` and `opens` from
    now. Without `late_seats`, only seats held since the reminder fell due."""
    due = (
        Registration.objects.filter(
            status=Registration.Status.REGISTERED,
            user__is_active=True,
            session__live=True,
            session__starts_at__gt=now + closes,
            session__starts_at__lte=now + opens,
            **{f"{stamp}__isnull": True},
        )
        .exclude(session__state__cancelled_at__isnull=False)
        .exclude(session__state__ended_at__isnull=False)
    )
    if not late_seats:
        due = due.alias(seated_at=Coalesce("promoted_at", "queued_at")).filter(
            seated_at__lte=F("session__starts_at") - opens
        )
    return due.select_related("user", "session").order_by("session__starts_at", "pk")


# The room ---------------------------------------------------------------------------------


def events_after(*, session_id: int, after: int, limit: int):
    """Stored events with ids above `after`, oldest first; at most `limit` of them."""
    return list(
        RoomEvent.objects.filter(session_id=session_id, event_id__gt=after)
        .order_by("event_id")
        .values_list("payload", flat=True)[:limit]
    )


def present_users(*, session_id: int, now=None):
    now = now or timezone.now()
    return (
        Participant.objects.filter(
            session_id=session_id,
            connections__gt=0,
            removed=False,
            last_seen_at__gte=now - PRESENCE_WINDOW,
        )
        .select_related("user__profile")
        .order_by("first_seen_at")
    )


def open_hands(*, session_id: int):
    return (
        Hand.objects.filter(session_id=session_id, lowered_at__isnull=True)
        .select_related("user__profile")
        .order_by("raised_at", "pk")
    )


def questions_by_votes(*, session_id: int):
    return (
        Question.objects.filter(session_id=session_id)
        .select_related("author__profile")
        .order_by("-pinned", "-votes", "created_at")
    )


def recent_messages(*, session_id: int, limit: int = SNAPSHOT_MESSAGES):
    messages = (
        ChatMessage.objects.filter(session_id=session_id)
        .select_related("author__profile")
        .order_by("-pk")[:limit]
    )
    return list(reversed(messages))


def voted_question_ids(*, session_id: int, user) -> set[int]:
    return set(
        QuestionVote.objects.filter(question__session_id=session_id, user=user).values_list(
            "question_id", flat=True
        )
    )


def muted_user_ids(*, session_id: int) -> list[int]:
    return list(
        Participant.objects.filter(session_id=session_id, muted=True).values_list(
            "user_id", flat=True
        )
    )


# The recap --------------------------------------------------------------------------------


@dataclass
class Recap:
    participants: list
    questions: list
    top_questions: list
    answered_count: int
    feedback: list
    average_score: float | None
    messages_count: int

    @property
    def unanswered(self) -> list:
        return [question for question in self.questions if not question.answered]


def recap(session) -> Recap:
    questions = list(questions_by_votes(session_id=session.pk))
    feedback = list(SessionFeedback.objects.filter(session=session).select_related("user__profile"))
    average = SessionFeedback.objects.filter(session=session).aggregate(avg=Avg("score"))["avg"]
    return Recap(
        participants=list(
            Participant.objects.filter(session=session)
            .select_related("user__profile")
            .order_by("first_seen_at")
        ),
        questions=questions,
        top_questions=sorted(questions, key=lambda q: (-q.votes, q.created_at))[:3],
        answered_count=sum(1 for question in questions if question.answered),
        feedback=feedback,
        average_score=round(average, 1) if average is not None else None,
        messages_count=ChatMessage.objects.filter(session=session).count(),
    )


def attended(*, user, session) -> bool:
    return Participant.objects.filter(user=user, session=session, removed=False).exists()


def sessions_attended_count(user) -> int:
    """Rooms the member joined as an attendee (hosting is counted elsewhere)."""
    return Participant.objects.filter(user=user, removed=False).exclude(session__host=user).count()


def sessions_hosted(user):
    """Published sessions the member hosted that are over, newest first."""
    now = timezone.now()
    return (
        LiveSessionPage.objects.live()
        .filter(host=user)
        .filter(Q(ends_at__lte=now) | Q(state__ended_at__isnull=False))
        .exclude(state__cancelled_at__isnull=False)
        .order_by("-starts_at")
    )


def sessions_hosted_with_attendees(user) -> int:
    """Sessions the member hosted that are over and that at least one attendee joined."""
    joined = Participant.objects.filter(session=OuterRef("pk")).exclude(user=OuterRef("host"))
    return sessions_hosted(user).filter(Exists(joined)).count()


def unanswered_questions(*, start, end, limit: int = 20):
    """Questions left unanswered in sessions that started in the period, the most voted
    first: what a follow-up lesson or session could answer."""
    return (
        Question.objects.filter(
            answered=False, session__starts_at__gte=start, session__starts_at__lt=end
        )
        .select_related("session", "session__topic", "session__host__profile")
        .order_by("-votes", "created_at")[:limit]
    )
