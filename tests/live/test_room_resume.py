"""Presence, attendance and the room's history: events numbered without gaps, and clients
that come back after a drop get exactly what they missed."""

import asyncio
import json
from datetime import timedelta

import pytest

from academy.live import consumers, protocol, selectors
from academy.live.services import room as room_service
from tests.factories import make_session

from .room_client import eventually, in_db, person, seconds_present, seen_ago, stored_event_ids

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _present(welcome) -> list[str]:
    return [person["name"] for person in welcome["state"]["present"]]


async def _say(client, *texts) -> list[dict]:
    return [await client.act("chat.send", "chat.message", text=text) for text in texts]


# Presence and attendance ------------------------------------------------------------------


async def test_members_see_who_is_in_the_room_and_who_comes_and_goes(room):
    host = await room.open(room.host)
    ada = await room.open(room.ada)
    joined = await host.presence("presence.joined", room.ada)
    assert joined == {"id": None, "type": "presence.joined", "user": person(room.ada)}
    assert _present(ada.welcome) == ["host", "ada"]

    # A second tab is the same person: nobody hears of it, nor of closing one of the two.
    second_tab = await room.open(room.ada)
    await ada.close()
    assert await host.nothing_more(0.3)
    await second_tab.close()
    left = await host.presence("presence.left", room.ada)
    assert left["id"] is None
    assert _present((await room.open(room.ben)).welcome) == ["host", "ben"]


async def test_heartbeats_count_the_time_a_member_attends(room):
    ada = await room.open(room.ada)
    await in_db(seen_ago, room.session, room.ada, 30)
    await ada.send("heartbeat")
    await eventually(lambda: seconds_present(room.session, room.ada) >= 30)
    # A laptop that slept for ten minutes was not attending all that time.
    await in_db(seen_ago, room.session, room.ada, 600)
    await ada.send("heartbeat")
    await eventually(lambda: seconds_present(room.session, room.ada) >= 90)
    assert await in_db(seconds_present, room.session, room.ada) < 100
    # Leaving counts the time since the last heartbeat too.
    await in_db(seen_ago, room.session, room.ada, 15)
    await ada.close()
    assert await in_db(seconds_present, room.session, room.ada) >= 105


async def test_a_second_tab_keeps_the_time_counted_since_the_last_heartbeat(room):
    await room.open(room.ada)
    await in_db(seen_ago, room.session, room.ada, 30)
    await room.open(room.ada)
    assert await in_db(seconds_present, room.session, room.ada) >= 30


async def test_a_member_without_heartbeats_stops_being_listed_as_present(room):
    ada = await room.open(room.ada)
    await in_db(seen_ago, room.session, room.ada, selectors.PRESENCE_WINDOW.total_seconds() + 5)
    assert _present((await room.open(room.host)).welcome) == ["host"]
    await ada.send("heartbeat")
    await eventually(lambda: seconds_present(room.session, room.ada) > 0)
    assert _present((await room.open(room.ben)).welcome) == ["ada", "host", "ben"]


# Numbering --------------------------------------------------------------------------------


async def test_refused_frames_leave_no_gap_in_the_numbering(room):
    ada = await room.open(room.ada)
    await _say(ada, "One")
    assert await ada.refused("question.pin", question=1, pinned=True) == "forbidden"
    assert await ada.refused("question.vote", question=424242) == "not_found"
    assert await ada.refused("hand.lower") == "not_found"
    await _say(ada, "Two")
    assert ada.numbered_ids() == [1, 2]
    assert await stored_event_ids(room.session) == [1, 2]


async def test_every_room_counts_its_own_events(room):
    other = await in_db(make_session, "Other session", host=room.host, starts_in=timedelta(0))
    here = await room.open(room.host)
    there = await room.open(room.host, session=other)
    await _say(here, "Here")
    assert [event["id"] for event in await _say(there, "There")] == [1]
    assert [event["id"] for event in await _say(here, "Here again")] == [2]


async def test_members_speaking_at_once_get_consecutive_ids_in_order(room):
    host = await room.open(room.host)
    talkers = [await room.open(user) for user in (room.ada, room.ben, room.cohost)]
    # Just under the rate limit, all sent before any is answered.
    per_talker = 8
    for number in range(per_talker):
        for talker in talkers:
            await talker.send("chat.send", text=f"{talker.user.username} {number}")
    total = per_talker * len(talkers)
    await host.read_until(total)
    assert host.numbered_ids() == list(range(1, total + 1))
    assert await stored_event_ids(room.session) == list(range(1, total + 1))


# Resuming ---------------------------------------------------------------------------------


async def test_a_member_who_reconnects_gets_exactly_what_they_missed_then_live_events(room):
    ada = await room.open(room.ada)
    ben = await room.open(room.ben)
    await _say(ben, "One", "Two", "Three")
    await ada.read_until(3)
    await ada.close()

    await _say(ben, "Four", "Five")
    await ben.act("question.ask", "question.updated", text="Six?")
    back = await room.open(room.ada, after=ada.last_id)
    assert back.welcome["type"] == "events"
    assert [event["id"] for event in back.welcome["events"]] == [4, 5, 6]
    assert [event["type"] for event in back.welcome["events"]] == [
        "chat.message",
        "chat.message",
        "question.updated",
    ]
    await _say(ben, "Seven")
    await back.read_until(7)
    assert back.numbered_ids() == [4, 5, 6, 7]


async def test_events_sent_before_a_member_asked_to_catch_up_come_once(room):
    ben = await room.open(room.ben)
    await _say(ben, "One", "Two")
    ada = await room.open(room.ada, resume=False)
    # These reach Ada's connection before she asks to catch up; the reply brings them.
    await _say(ben, "Three", "Four")
    await asyncio.sleep(0.1)
    reply = await ada.resume(after=1)
    assert [event["id"] for event in reply["events"]] == [2, 3, 4]
    await _say(ben, "Five")
    await ada.read_until(5)
    assert ada.numbered_ids() == [2, 3, 4, 5]
    assert await ada.nothing_more()


async def test_events_that_happen_while_a_member_catches_up_come_once_in_order(room):
    ben = await room.open(room.ben)
    ada = await room.open(room.ada, resume=False)
    count = consumers.BURST - 2
    for number in range(count):
        await ben.send("chat.send", text=f"Message {number}")
    # Ben's messages are stored and broadcast while the welcome is being put together:
    # those already in it are held back, the later ones follow it.
    welcome = await ada.resume()
    await ada.read_until(count)
    assert ada.numbered_ids() == list(range(welcome["last_id"] + 1, count + 1))
    assert await ada.nothing_more()


async def test_a_connected_member_who_noticed_a_gap_asks_for_the_range(room):
    ada = await room.open(room.ada)
    ben = await room.open(room.ben)
    await _say(ben, "One", "Two", "Three", "Four")
    await ada.read_until(4)
    reply = await ada.resume(after=1)
    assert reply["type"] == "events"
    assert [event["message"]["text"] for event in reply["events"]] == ["Two", "Three", "Four"]
    caught_up = await ada.resume(after=4)
    assert caught_up["events"] == []
    assert [person["name"] for person in caught_up["present"]] == ["ada", "ben"]
    await _say(ben, "Five")
    assert (await ada.next_event())["id"] == 5
    assert await ada.nothing_more()


def _fill(session, user, count):
    """`count` chat messages, written the way the consumer writes them."""
    for number in range(count):
        frame = protocol.parse(json.dumps({"type": "chat.send", "text": f"Filler {number}"}))
        room_service.perform(session_id=session.pk, user=user, frame=frame)


async def test_a_member_too_far_behind_or_ahead_gets_a_fresh_welcome(room):
    count = room_service.MAX_BACKLOG + 1
    await in_db(_fill, room.session, room.ben, count)

    far_behind = await room.open(room.ada, after=0)
    assert far_behind.welcome["type"] == "welcome"
    assert far_behind.welcome["last_id"] == count
    messages = far_behind.welcome["state"]["messages"]
    assert len(messages) == selectors.SNAPSHOT_MESSAGES
    assert messages[-1]["text"] == f"Filler {count - 1}"

    just_in_reach = await far_behind.resume(after=count - room_service.MAX_BACKLOG)
    assert just_in_reach["type"] == "events"
    assert [event["id"] for event in just_in_reach["events"]] == list(
        range(count - room_service.MAX_BACKLOG + 1, count + 1)
    )

    # Ahead of the room: the client remembers another room or a reset database.
    ahead = await far_behind.resume(after=count + 10)
    assert (ahead["type"], ahead["last_id"]) == ("welcome", count)
