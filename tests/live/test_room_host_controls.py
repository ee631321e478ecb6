"""What the hosts (and moderators) do in the room, and what attendees notice of it."""

from datetime import timedelta

import pytest

from .room_client import in_db, move_session, person, queue, rows

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


async def test_the_welcome_lists_pinned_questions_first_then_by_votes(room):
    ada = await room.open(room.ada)
    ben = await room.open(room.ben)
    host = await room.open(room.host)
    ids = {}
    for client, text in [(ada, "Quiet"), (ben, "Popular"), (ada, "Liked")]:
        ids[text] = (await client.act("question.ask", "question.updated", text=text))["question"]
    for client, text in [(ada, "Popular"), (ben, "Popular"), (ben, "Liked")]:
        await client.act("question.vote", "question.updated", question=ids[text]["id"])
    pinned = await host.act(
        "question.pin", "question.updated", question=ids["Quiet"]["id"], pinned=True
    )
    assert pinned["question"]["pinned"] is True
    answered = await host.act(
        "question.answer", "question.updated", question=ids["Popular"]["id"], answered=True
    )
    assert (answered["question"]["answered"], answered["question"]["votes"]) == (True, 2)

    questions = (await room.open(room.mentor)).welcome["state"]["questions"]
    assert [(q["text"], q["votes"], q["pinned"], q["answered"]) for q in questions] == [
        ("Quiet", 0, True, False),
        ("Popular", 2, False, True),
        ("Liked", 1, False, False),
    ]
    await host.act("question.pin", "question.updated", question=ids["Quiet"]["id"], pinned=False)
    questions = (await room.open(room.cohost)).welcome["state"]["questions"]
    assert [q["text"] for q in questions] == ["Popular", "Liked", "Quiet"]


async def test_the_host_calls_on_raised_hands_in_the_order_they_went_up(room):
    ada = await room.open(room.ada)
    ben = await room.open(room.ben)
    host = await room.open(room.host)
    await ada.act("hand.raise", "hands.updated")
    raised = await ben.act("hand.raise", "hands.updated")
    assert queue(raised["hands"]) == ["ada", "ben"]
    assert queue((await room.open(room.cohost)).welcome["state"]["hands"]) == ["ada", "ben"]

    called = await host.act("hand.call_next", "hands.updated")
    assert called["called"] == person(room.ada)
    assert queue(called["hands"]) == ["ben"]
    assert await ada.event(called["id"]) == called
    called = await host.act("hand.call_next", "hands.updated")
    assert (called["called"]["name"], called["hands"]) == ("ben", [])
    assert await host.refused("hand.call_next") == "not_found"


async def test_a_moderator_lowers_someone_elses_hand(room):
    ben = await room.open(room.ben)
    mentor = await room.open(room.mentor)
    await ben.act("hand.raise", "hands.updated")
    lowered = await mentor.act("hand.lower", "hands.updated", user=room.ben.pk)
    assert (lowered["hands"], lowered["called"]) == ([], None)
    assert await ben.event(lowered["id"]) == lowered
    assert await ben.refused("hand.lower") == "not_found"


async def test_a_muted_attendee_can_vote_but_not_speak_until_unmuted(room):
    ada = await room.open(room.ada)
    host = await room.open(room.host)
    question = (await host.act("question.ask", "question.updated", text="Ready?"))["question"]
    muted = await host.act("participant.mute", "participant.updated", user=room.ada.pk, muted=True)
    assert (muted["user"]["id"], muted["muted"], muted["removed"]) == (room.ada.pk, True, False)
    assert await ada.event(muted["id"]) == muted

    before = await rows(room.session)
    assert await ada.refused("chat.send", text="Hello?") == "muted"
    assert await ada.refused("question.ask", text="Can I ask?") == "muted"
    assert await ada.refused("hand.raise") == "muted"
    assert await rows(room.session) == before
    vote = await ada.act("question.vote", "question.updated", question=question["id"])
    assert vote["question"]["votes"] == 1

    again = (await room.open(room.ada)).welcome
    assert again["you"]["muted"] is True
    assert again["state"]["muted"] == [room.ada.pk]
    await host.act("participant.mute", "participant.updated", user=room.ada.pk, muted=False)
    assert (await ada.act("chat.send", "chat.message", text="Thanks"))["message"]["text"]


async def test_a_chat_moderator_mutes_an_attendee(room):
    ada = await room.open(room.ada)
    mentor = await room.open(room.mentor)
    await mentor.act("participant.mute", "participant.updated", user=room.ada.pk, muted=True)
    assert await ada.refused("chat.send", text="Hello?") == "muted"


async def test_only_members_who_were_in_the_room_can_be_muted(room):
    host = await room.open(room.host)
    code = await host.refused("participant.mute", user=room.ben.pk, muted=True)
    assert code == "not_found"


async def test_a_closed_chat_silences_attendees_but_not_the_hosts(room):
    ada = await room.open(room.ada)
    host = await room.open(room.host)
    closed = await host.act("chat.close", "room.updated", closed=True)
    assert (closed["chat_closed"], closed["ended"]) == (True, False)
    assert await ada.event(closed["id"]) == closed
    assert await ada.refused("chat.send", text="Hello?") == "chat_closed"
    assert (await rows(room.session))["messages"] == 0
    # Questions and hands are not the chat.
    await ada.act("question.ask", "question.updated", text="May I still ask?")
    for client in (host, await room.open(room.cohost), await room.open(room.mentor)):
        await client.act("chat.send", "chat.message", text="Hosts and moderators still talk")
    assert (await room.open(room.ben)).welcome["state"]["chat_closed"] is True

    await host.act("chat.close", "room.updated", closed=False)
    await ada.act("chat.send", "chat.message", text="Back again")


async def test_after_the_host_ends_the_session_nobody_can_act(room):
    ada = await room.open(room.ada)
    host = await room.open(room.host)
    question = (await ada.act("question.ask", "question.updated", text="Last one?"))["question"]
    ended = await host.act("session.end", "room.updated")
    assert (ended["chat_closed"], ended["ended"]) == (False, True)
    assert await ada.event(ended["id"]) == ended

    before = await rows(room.session)
    assert await ada.refused("chat.send", text="Wait") == "session_over"
    assert await ada.refused("question.vote", question=question["id"]) == "session_over"
    assert await ada.refused("hand.raise") == "session_over"
    assert await host.refused("chat.send", text="Bye") == "session_over"
    assert await host.refused("session.end") == "session_over"
    assert await rows(room.session) == before
    assert (await room.open(room.ben)).welcome["state"]["ended"] is True


async def test_a_room_closes_an_hour_after_the_planned_end(room):
    await in_db(move_session, room.session, starts_in=-timedelta(hours=2), minutes=59)
    ada = await room.open(room.ada)
    assert ada.welcome["state"]["ended"] is True
    assert await ada.refused("chat.send", text="Anyone?") == "session_over"
