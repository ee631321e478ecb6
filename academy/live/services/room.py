"""Everything done in a live room. Each action checks the member's rights again, writes its
rows and a numbered `RoomEvent` in one short transaction, and broadcasts the event after
commit. The state row's counter is the room's lock: events get gap-free, increasing ids."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.peers.permissions import can
from academy.peers.services.events import member_changed_after_commit
from academy.text import clean_text

from .. import payloads, selectors
from ..broadcast import publish
from ..models import (
    ChatMessage,
    Hand,
    LiveSessionPage,
    Participant,
    Question,
    QuestionVote,
    RoomEvent,
    SessionState,
)
from ..protocol import VERSION, Frame, ProtocolError

HEARTBEAT_SECONDS = 20
# A client further behind than this gets a fresh snapshot instead of the missed events.
MAX_BACKLOG = 500
# How long after its planned end a room stays open when the host does not end it.
ROOM_GRACE = timedelta(hours=1)
# A heartbeat counts at most this much time as present (a laptop that slept is not attending).
MAX_PRESENCE_STEP = timedelta(seconds=60)

CLOSE_SIGNED_OUT = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_NOT_FOUND = 4404
CLOSE_NOT_OPEN = 4409


class RoomRefused(Exception):
    def __init__(self, close_code: int):
        super().__init__(close_code)
        self.close_code = close_code


# Entering and leaving ---------------------------------------------------------------------


def admit(*, session_id: int, user, now=None) -> LiveSessionPage:
    """The session, if this member may be in its room now; else RoomRefused with a close code."""
    now = now or timezone.now()
    if not user.is_authenticated:
        raise RoomRefused(CLOSE_SIGNED_OUT)
    session = LiveSessionPage.objects.live().filter(pk=session_id).first()
    if session is None:
        raise RoomRefused(CLOSE_NOT_FOUND)
    if not can(user, "session.enter", session):
        raise RoomRefused(CLOSE_FORBIDDEN)
    state = selectors.state_of(session)
    if state.cancelled_at:
        raise RoomRefused(CLOSE_NOT_FOUND)
    if now < session.room_opens_at() and not can(user, "session.run", session):
        raise RoomRefused(CLOSE_NOT_OPEN)
    return session


def enter(*, session, user, now=None) -> None:
    """Count a connection; the first one makes the member present (and an attendee)."""
    now = now or timezone.now()
    with transaction.atomic():
        participant, created = Participant.objects.get_or_create(
            session=session, user=user, defaults={"first_seen_at": now, "last_seen_at": now}
        )
        participant = Participant.objects.select_for_update().get(pk=participant.pk)
        # Connections counted by a process that died long ago no longer count.
        stale = now - participant.last_seen_at > selectors.PRESENCE_WINDOW
        if participant.connections <= 0 or stale:
            participant.connections = 0
            _announce_presence(session.pk, "presence.joined", user)
        else:
            # Already here in another tab: the time since its last heartbeat was attended.
            participant.seconds_present += _present_since(participant.last_seen_at, now)
        participant.connections += 1
        participant.last_seen_at = now
        participant.save(update_fields=["seconds_present", "connections", "last_seen_at"])
        if created and user.pk not in session.host_ids():
            member_changed_after_commit(user=user, topic=session.topic)


def leave(*, session, user, now=None) -> None:
    """Count a connection off, with the time since the last sign of life; the last one makes
    the member absent."""
    now = now or timezone.now()
    with transaction.atomic():
        participant = (
            Participant.objects.select_for_update().filter(session=session, user=user).first()
        )
        if participant is None:
            return
        participant.seconds_present += _present_since(participant.last_seen_at, now)
        participant.connections = max(participant.connections - 1, 0)
        participant.last_seen_at = now
        participant.save(update_fields=["seconds_present", "connections", "last_seen_at"])
        if participant.connections == 0:
            _announce_presence(session.pk, "presence.left", user)


def heartbeat(*, session, user, now=None) -> None:
    """Add the time since the last sign of life. Every member sends one every
    HEARTBEAT_SECONDS, so it takes no lock: an update that finds the row changed since it was
    read leaves it, as the connection that changed it counted the same time."""
    now = now or timezone.now()
    member = Participant.objects.filter(session=session, user=user)
    last_seen_at = member.values_list("last_seen_at", flat=True).first()
    if last_seen_at is None:
        return
    member.filter(last_seen_at=last_seen_at).update(
        seconds_present=F("seconds_present") + _present_since(last_seen_at, now),
        last_seen_at=now,
    )


def _present_since(last_seen_at, now) -> int:
    step = min(max(now - last_seen_at, timedelta(0)), MAX_PRESENCE_STEP)
    return int(step.total_seconds())


def _announce_presence(session_id: int, kind: str, user) -> None:
    # Presence is not numbered: it is not history, and a resuming client gets it afresh.
    event = {"id": None, "type": kind, "user": payloads.person(user)}
    transaction.on_commit(lambda: publish(session_id, [event]))


# Catching up ------------------------------------------------------------------------------


def catch_up(*, session, user, after: int | None) -> dict:
    """The frame that brings a client up to date: the events after `after`, or, for a new or
    far-behind client, a snapshot of the room. RoomRefused when the member may no longer be
    in it: removed (or the session unpublished) since the connection opened."""
    member = get_user_model().objects.filter(pk=user.pk, is_active=True).first()
    session = admit(session_id=session.pk, user=member or AnonymousUser())
    last_id = selectors.state_of(session).last_event_id
    if after is not None and after <= last_id and last_id - after <= MAX_BACKLOG:
        return {
            "type": "events",
            "events": selectors.events_after(session_id=session.pk, after=after, limit=MAX_BACKLOG),
            # Presence is not replayed: who is here now replaces what the client had.
            "present": _present(session),
        }
    return welcome(session=session, user=user, last_id=last_id)


def welcome(*, session, user, last_id: int) -> dict:
    # `last_id` is read before the state: anything newer comes again as an event, and events
    # carry their resulting state, so applying it twice is harmless.
    state = selectors.state_of(session)
    room = session.pk
    muted = selectors.muted_user_ids(session_id=room)
    return {
        "type": "welcome",
        "version": VERSION,
        "session": session.pk,
        "last_id": last_id,
        "heartbeat": HEARTBEAT_SECONDS,
        "you": {
            **payloads.person(user),
            "runs": can(user, "session.run", session),
            "moderates": can(user, "session.moderate", session),
            "muted": user.pk in muted,
        },
        "hosts": sorted(session.host_ids()),
        "state": {
            "messages": [
                payloads.message(row) for row in selectors.recent_messages(session_id=session.pk)
            ],
            "questions": [
                payloads.question(row)
                for row in selectors.questions_by_votes(session_id=session.pk)
            ],
            "voted": sorted(selectors.voted_question_ids(session_id=session.pk, user=user)),
            "hands": payloads.hands(selectors.open_hands(session_id=session.pk)),
            "present": _present(session),
            "muted": muted,
            "chat_closed": state.chat_closed,
            "ended": is_closed(session, state),
        },
    }


def _present(session) -> list[dict]:
    return [payloads.person(row.user) for row in selectors.present_users(session_id=session.pk)]


def is_closed(session, state, now=None) -> bool:
    now = now or timezone.now()
    return bool(state.ended_at) or now >= session.ends_at + ROOM_GRACE


# Actions ----------------------------------------------------------------------------------


def perform(*, session_id: int, user, frame: Frame) -> None:
    """Carry out one validated client frame, or raise ProtocolError saying why not."""
    action = ACTIONS.get(frame.type)
    if action is None:
        raise ProtocolError("unknown_type", _("This room does not know that kind of frame."))
    # A fresh member and session on every frame: roles, suspension and co-hosts may have
    # changed since the connection opened. Fetched with what every action reads of them
    # (the author's name, the topic's moderators, the hosts twice), in three queries. Whether
    # they may still be in the room is asked under the room's lock (`_open_state`).
    user = (
        get_user_model()
        .objects.select_related("profile")
        .filter(pk=user.pk, is_active=True)
        .first()
    )
    session = (
        LiveSessionPage.objects.live()
        .select_related("topic")
        .prefetch_related("cohosts")
        .filter(pk=session_id)
        .first()
    )
    if user is None or session is None:
        raise _no_longer_in_room()
    try:
        action(session, user, frame)
    except IntegrityError:
        # A concurrent duplicate (a double click on two tabs): the first one won.
        raise ProtocolError("conflict", _("That just happened already.")) from None


def _begin(session) -> SessionState:
    """Lock the room for one event: the row lock orders concurrent actions."""
    state = SessionState.objects.filter(pk=session.pk)
    next_id = {"last_event_id": F("last_event_id") + 1}
    if not state.update(**next_id):  # the room's first event
        SessionState.objects.get_or_create(session_id=session.pk)
        state.update(**next_id)
    return state.get()


def _record(state: SessionState, kind: str, **payload) -> dict:
    event = {"id": state.last_event_id, "type": kind, **payload}
    RoomEvent.objects.create(
        session_id=state.session_id, event_id=state.last_event_id, kind=kind, payload=event
    )
    transaction.on_commit(lambda: publish(state.session_id, [event]))
    return event


def _no_longer_in_room() -> ProtocolError:
    return ProtocolError("forbidden", _("You are no longer in this room."))


def _open_state(session, user, *, speaking: bool) -> SessionState:
    """The room, locked for one event, for a member who may still act in it: asked under
    the lock, so that an action never follows the member's removal."""
    state = _begin(session)
    if is_closed(session, state):
        raise ProtocolError("session_over", _("The session has ended."))
    # Speaking is entering unless suspended: one question answers both for everyone allowed.
    if not can(user, "session.speak" if speaking else "session.enter", session):
        if speaking and can(user, "session.enter", session):
            raise ProtocolError("forbidden", _("You cannot speak in this room."))
        raise _no_longer_in_room()
    muted = Participant.objects.filter(session=session, user=user, muted=True)
    if speaking and muted.exists():
        raise ProtocolError("muted", _("A host muted you in this room."))
    return state


def _require(user, action: str, session) -> None:
    if not can(user, action, session):
        raise ProtocolError("forbidden", _("Only the hosts can do that."))


def _question(session, question_id: int) -> Question:
    question = (
        Question.objects.select_related("author__profile")
        .filter(session=session, pk=question_id)
        .first()
    )
    if question is None:
        raise ProtocolError("not_found", _("That question is not in this room."))
    return question


def _participant(session, user_id: int) -> Participant:
    participant = (
        Participant.objects.select_related("user__profile")
        .filter(session=session, user_id=user_id)
        .first()
    )
    if participant is None:
        raise ProtocolError("not_found", _("That member has not been in this room."))
    return participant


def _spoken(frame: Frame) -> str:
    """The frame's text as stored: plain text, which may be empty once markup is gone."""
    text = clean_text(frame["text"])
    if not text:
        raise ProtocolError("empty_text", _("Write something first."))
    return text


def chat_send(session, user, frame: Frame) -> None:
    with transaction.atomic():
        state = _open_state(session, user, speaking=True)
        if state.chat_closed and not can(user, "session.moderate", session):
            raise ProtocolError("chat_closed", _("The hosts closed the chat."))
        row = ChatMessage.objects.create(session=session, author=user, text=_spoken(frame))
        _record(state, "chat.message", message=payloads.message(row))


def question_ask(session, user, frame: Frame) -> None:
    with transaction.atomic():
        state = _open_state(session, user, speaking=True)
        row = Question.objects.create(session=session, author=user, text=_spoken(frame))
        _record(state, "question.updated", question=payloads.question(row))


def question_vote(session, user, frame: Frame) -> None:
    """Toggle the member's vote: one per member and question."""
    with transaction.atomic():
        state = _open_state(session, user, speaking=False)
        if not can(user, "session.speak", session):
            raise ProtocolError("forbidden", _("You cannot vote in this room."))
        question = _question(session, frame["question"])
        deleted, _rows = QuestionVote.objects.filter(question=question, user=user).delete()
        if deleted:
            Question.objects.filter(pk=question.pk).update(votes=F("votes") - 1)
        else:
            QuestionVote.objects.create(question=question, user=user)
            Question.objects.filter(pk=question.pk).update(votes=F("votes") + 1)
        question.refresh_from_db(fields=["votes"])
        _record(
            state,
            "question.updated",
            question=payloads.question(question),
            voter={"id": user.pk, "voted": not deleted},
        )


def _set_question_flag(session, user, frame: Frame, *, flag: str) -> None:
    _require(user, "session.run", session)
    with transaction.atomic():
        state = _open_state(session, user, speaking=False)
        question = _question(session, frame["question"])
        setattr(question, flag, frame[flag])
        question.save(update_fields=[flag])
        _record(state, "question.updated", question=payloads.question(question))


def question_answer(session, user, frame: Frame) -> None:
    _set_question_flag(session, user, frame, flag="answered")


def question_pin(session, user, frame: Frame) -> None:
    _set_question_flag(session, user, frame, flag="pinned")


def _hands_changed(state, session, *, called=None) -> None:
    _record(
        state,
        "hands.updated",
        hands=payloads.hands(selectors.open_hands(session_id=session.pk)),
        called=payloads.person(called) if called else None,
    )


def hand_raise(session, user, frame: Frame) -> None:
    with transaction.atomic():
        state = _open_state(session, user, speaking=True)
        if Hand.objects.filter(session=session, user=user, lowered_at__isnull=True).exists():
            raise ProtocolError("conflict", _("Your hand is already raised."))
        Hand.objects.create(session=session, user=user)
        _hands_changed(state, session)


def hand_lower(session, user, frame: Frame) -> None:
    """Lower your own hand; whoever moderates may lower anyone's."""
    target_id = frame.get("user", user.pk)
    if target_id != user.pk:
        _require(user, "session.moderate", session)
    with transaction.atomic():
        state = _open_state(session, user, speaking=False)
        lowered = Hand.objects.filter(
            session=session, user_id=target_id, lowered_at__isnull=True
        ).update(lowered_at=timezone.now())
        if not lowered:
            raise ProtocolError("not_found", _("That hand is not raised."))
        _hands_changed(state, session)


def hand_call_next(session, user, frame: Frame) -> None:
    _require(user, "session.run", session)
    with transaction.atomic():
        state = _open_state(session, user, speaking=False)
        hand = selectors.open_hands(session_id=session.pk).first()
        if hand is None:
            raise ProtocolError("not_found", _("No hands are raised."))
        now = timezone.now()
        Hand.objects.filter(pk=hand.pk).update(called_at=now, lowered_at=now)
        _hands_changed(state, session, called=hand.user)


def participant_mute(session, user, frame: Frame) -> None:
    _moderate_participant(session, user, frame["user"], muted=frame["muted"])


def participant_remove(session, user, frame: Frame) -> None:
    _moderate_participant(session, user, frame["user"], removed=True)


def _moderate_participant(session, user, target_id: int, **changes) -> None:
    _require(user, "session.moderate", session)
    if target_id == user.pk or target_id in session.host_ids():
        raise ProtocolError("forbidden", _("Hosts cannot be muted or removed."))
    with transaction.atomic():
        state = _open_state(session, user, speaking=False)
        participant = _participant(session, target_id)
        for name, value in changes.items():
            setattr(participant, name, value)
        participant.save(update_fields=list(changes))
        if participant.removed:
            Hand.objects.filter(session=session, user_id=target_id, lowered_at__isnull=True).update(
                lowered_at=timezone.now()
            )
        _record(
            state,
            "participant.updated",
            user=payloads.person(participant.user),
            muted=participant.muted,
            removed=participant.removed,
        )
        if participant.removed:
            _hands_changed(_begin(session), session)


def chat_close(session, user, frame: Frame) -> None:
    _require(user, "session.moderate", session)
    with transaction.atomic():
        state = _open_state(session, user, speaking=False)
        state.chat_closed = frame["closed"]
        state.save(update_fields=["chat_closed"])
        _record(state, "room.updated", chat_closed=state.chat_closed, ended=False)


def session_end(session, user, frame: Frame) -> None:
    _require(user, "session.run", session)
    with transaction.atomic():
        state = _open_state(session, user, speaking=False)
        state.ended_at = timezone.now()
        state.save(update_fields=["ended_at"])
        _record(state, "room.updated", chat_closed=state.chat_closed, ended=True)
        for host in [session.host, *session.cohosts.all()]:
            member_changed_after_commit(user=host, topic=session.topic)  # hosting badges


ACTIONS = {
    "chat.send": chat_send,
    "question.ask": question_ask,
    "question.vote": question_vote,
    "question.answer": question_answer,
    "question.pin": question_pin,
    "hand.raise": hand_raise,
    "hand.lower": hand_lower,
    "hand.call_next": hand_call_next,
    "participant.mute": participant_mute,
    "participant.remove": participant_remove,
    "chat.close": chat_close,
    "session.end": session_end,
}
