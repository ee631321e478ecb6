"""Who may enter the live room, who may do what in it, and that both are checked again on
every frame, not only when the connection opened."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from academy.live.models import SessionState
from academy.live.services import room as room_service
from academy.peers import services as peer_services

from .room_client import cookie_for, in_db, move_session, person, queue, rows

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


async def test_a_visitor_who_is_not_signed_in_is_refused(room):
    visitor = await room.open(None, resume=False)
    # Opened, then closed with the reason: a websocket closed before it opens reaches a
    # browser as a bare HTTP 403, and the client could not say why.
    assert visitor.connected
    assert await visitor.wait_closed() == room_service.CLOSE_SIGNED_OUT


async def test_a_member_signed_out_since_the_cookie_was_set_is_refused_like_a_visitor(room):
    cookie = await in_db(cookie_for, room.ada)
    member = await room.open(None, headers=[(b"cookie", cookie)])
    assert member.welcome is not None  # the same cookie, still signed in: admitted
    await member.communicator.disconnect()
    await in_db(lambda: Session.objects.all().delete())  # signed out, on every device
    after = await room.open(None, resume=False, headers=[(b"cookie", cookie)])
    assert await after.wait_closed() == room_service.CLOSE_SIGNED_OUT


def _unpublish(session):
    session.unpublish()


def _cancel(session):
    SessionState.objects.filter(session=session).update(cancelled_at=timezone.now())


@pytest.mark.parametrize("take_away", [_unpublish, _cancel], ids=["unpublished", "cancelled"])
async def test_a_session_that_is_not_live_has_no_room(room, take_away):
    await in_db(take_away, room.session)
    for user in (room.host, room.ada):
        client = await room.open(user)
        assert client.close_code == room_service.CLOSE_NOT_FOUND


@pytest.mark.parametrize("who", ["outsider", "waiting"])
async def test_members_without_a_seat_are_refused(room, who):
    client = await room.open(getattr(room, who))
    assert not client.connected
    assert client.close_code == room_service.CLOSE_FORBIDDEN


@pytest.mark.parametrize(
    ("who", "runs", "moderates"),
    [
        ("ada", False, False),
        ("host", True, True),
        ("cohost", True, True),
        # A mentor of the topic moderates its chats without taking a seat.
        ("mentor", False, True),
    ],
)
async def test_the_welcome_tells_each_member_what_they_may_do(room, who, runs, moderates):
    user = getattr(room, who)
    client = await room.open(user)
    welcome = client.welcome
    assert welcome["type"] == "welcome"
    assert welcome["session"] == room.session.pk
    assert welcome["hosts"] == sorted([room.host.pk, room.cohost.pk])
    assert welcome["you"] == {
        **person(user),
        "runs": runs,
        "moderates": moderates,
        "muted": False,
    }


async def test_attendees_wait_for_the_room_to_open_while_hosts_may_prepare_it(room):
    await in_db(move_session, room.session, starts_in=timedelta(minutes=30))
    for user in (room.ada, room.mentor):
        early = await room.open(user)
        assert early.close_code == room_service.CLOSE_NOT_OPEN
    for user in (room.host, room.cohost):
        assert (await room.open(user)).welcome["type"] == "welcome"
    await in_db(move_session, room.session, starts_in=timedelta(minutes=10))
    assert (await room.open(room.ada)).welcome["type"] == "welcome"


# A chat moderator of the topic enters without a seat, but not after being removed either.
@pytest.mark.parametrize("who", ["ada", "mentor"])
async def test_a_removed_member_is_disconnected_and_cannot_come_back(room, who):
    member = getattr(room, who)
    host = await room.open(room.host)
    client = await room.open(member)
    await client.act("hand.raise", "hands.updated")
    await host.send("participant.remove", user=member.pk)
    removal = await host.next_event("participant.updated")
    assert (removal["user"]["id"], removal["removed"]) == (member.pk, True)
    # Their hand goes down with them.
    assert (await host.next_event("hands.updated"))["hands"] == []
    assert await client.wait_closed() == room_service.CLOSE_FORBIDDEN
    await client.close()
    assert (await host.presence("presence.left", member))["user"]["id"] == member.pk
    again = await room.open(member)
    assert again.close_code == room_service.CLOSE_FORBIDDEN
    welcome = (await room.open(room.ben)).welcome
    assert member.pk not in [person["id"] for person in welcome["state"]["present"]]


async def test_a_member_removed_before_catching_up_gets_nothing_more_of_the_room(room):
    host = await room.open(room.host)
    ada = await room.open(room.ada, resume=False)
    await host.act("participant.remove", "participant.updated", user=room.ada.pk)
    await ada.send("resume")
    assert await ada.wait_closed() == room_service.CLOSE_FORBIDDEN
    # Neither a welcome (it would set the last id) nor any event reached her.
    assert (ada.last_id, ada.events) == (0, [])


# Every host control, in an order that one room can go through: each with the fields it
# needs besides its target, the event it causes and what that event must show.
HOST_CONTROLS = [
    (
        "question.answer",
        {"answered": True},
        "question.updated",
        lambda e: e["question"]["answered"],
    ),
    ("question.pin", {"pinned": True}, "question.updated", lambda e: e["question"]["pinned"]),
    ("hand.call_next", {}, "hands.updated", lambda e: e["called"]["name"] == "ben"),
    ("hand.lower", {}, "hands.updated", lambda e: "ada" not in queue(e["hands"])),
    ("participant.mute", {"muted": True}, "participant.updated", lambda e: e["muted"]),
    ("chat.close", {"closed": True}, "room.updated", lambda e: e["chat_closed"]),
    ("participant.remove", {}, "participant.updated", lambda e: e["removed"]),
    ("session.end", {}, "room.updated", lambda e: e["ended"]),
]
# What a mentor of the topic may do without running the session.
MODERATOR_MAY = {"hand.lower", "participant.mute", "chat.close", "participant.remove"}


async def _questions_and_hands(room) -> dict:
    """Ben asked a question and raised his hand, then Ada raised hers. The question and the
    target of controls aimed at a member (Ada) fill in each control's fields."""
    ben = await room.open(room.ben)
    question = (await ben.act("question.ask", "question.updated", text="Why?"))["question"]
    await ben.act("hand.raise", "hands.updated")
    await (await room.open(room.ada)).act("hand.raise", "hands.updated")
    fields = {}
    for type_, extra, _event, _check in HOST_CONTROLS:
        fields[type_] = dict(extra)
        if type_.startswith("question."):
            fields[type_]["question"] = question["id"]
        if type_.startswith("participant.") or type_ == "hand.lower":
            fields[type_]["user"] = room.ada.pk
    return fields


async def test_attendees_cannot_use_host_controls(room):
    fields = await _questions_and_hands(room)
    ben = await room.open(room.ben)
    before = await rows(room.session)
    for type_, _extra, _event, _check in HOST_CONTROLS:
        assert await ben.refused(type_, **fields[type_]) == "forbidden", type_
    assert before == await rows(room.session)


async def test_a_mentor_of_the_topic_moderates_but_does_not_run_the_session(room):
    fields = await _questions_and_hands(room)
    mentor = await room.open(room.mentor)
    for type_, _extra, event, check in HOST_CONTROLS:
        if type_ in MODERATOR_MAY:
            assert check(await mentor.act(type_, event, **fields[type_])), type_
        else:
            assert await mentor.refused(type_, **fields[type_]) == "forbidden", type_


async def test_a_cohost_shares_every_host_control(room):
    fields = await _questions_and_hands(room)
    cohost = await room.open(room.cohost)
    for type_, _extra, event, check in HOST_CONTROLS:
        assert check(await cohost.act(type_, event, **fields[type_])), type_


async def test_hosts_cannot_be_muted_or_removed(room):
    mentor = await room.open(room.mentor)
    await room.open(room.host)
    for type_, extra in [("participant.mute", {"muted": True}), ("participant.remove", {})]:
        assert await mentor.refused(type_, user=room.host.pk, **extra) == "forbidden"
    assert (await rows(room.session))["events"] == 0


async def test_a_member_suspended_during_the_session_can_no_longer_speak(room):
    ada = await room.open(room.ada)
    await ada.act("chat.send", "chat.message", text="Before")
    await in_db(
        peer_services.suspend, moderator=room.mentor, member=room.ada, reason="Spam", days=3
    )
    assert await ada.refused("chat.send", text="After") == "forbidden"
    assert (await rows(room.session))["messages"] == 1


def _drop_cohosts(session):
    session.cohosts.set([])
    session.save()


async def test_a_cohost_taken_off_the_session_loses_the_controls_at_once(room):
    pin = (await _questions_and_hands(room))["question.pin"]
    cohost = await room.open(room.cohost)
    await cohost.act("question.pin", "question.updated", **pin)
    await in_db(_drop_cohosts, room.session)
    # No longer a host and never registered: not even in the room any more.
    assert await cohost.refused("question.pin", **{**pin, "pinned": False}) == "forbidden"
    assert (await rows(room.session))["events"] == 4
