"""What attendees send: each kind of frame end to end, and every way a frame can be wrong.
A wrong frame gets an error with a code, stores nothing and leaves the connection open."""

import asyncio

import pytest

from academy.live import consumers, protocol

from .room_client import person, rows, stored_event_ids

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


async def test_a_chat_message_is_stored_and_shown_to_everyone_as_plain_text(room):
    ada = await room.open(room.ada)
    host = await room.open(room.host)
    event = await ada.act("chat.send", "chat.message", text="  Is <script>x()</script>a < b?  ")
    assert event["message"]["author"] == person(room.ada)
    assert event["message"]["text"] == "Is a < b?"
    assert await host.event(event["id"]) == event
    later = await room.open(room.ben)
    assert [m["text"] for m in later.welcome["state"]["messages"]] == ["Is a < b?"]


async def test_a_question_is_stored_and_shown_to_everyone_with_no_votes(room):
    ada = await room.open(room.ada)
    ben = await room.open(room.ben)
    event = await ada.act("question.ask", "question.updated", text="How long is a retro?")
    question = event["question"]
    assert question["author"] == person(room.ada)
    assert (question["text"], question["votes"]) == ("How long is a retro?", 0)
    assert (question["answered"], question["pinned"]) == (False, False)
    assert await ben.event(event["id"]) == event
    assert (await rows(room.session))["questions"] == 1


async def test_a_vote_counts_once_per_member_and_a_second_vote_takes_it_back(room):
    ada = await room.open(room.ada)
    ben = await room.open(room.ben)
    question = (await ada.act("question.ask", "question.updated", text="Why?"))["question"]

    async def vote(client, user, *, votes, voted):
        event = await client.act("question.vote", "question.updated", question=question["id"])
        assert event["question"]["votes"] == votes
        assert event["voter"] == {"id": user.pk, "voted": voted}

    await vote(ben, room.ben, votes=1, voted=True)
    await vote(ada, room.ada, votes=2, voted=True)
    await vote(ben, room.ben, votes=1, voted=False)
    assert (await room.open(room.ada)).welcome["state"]["voted"] == [question["id"]]
    assert (await room.open(room.ben)).welcome["state"]["voted"] == []
    await vote(ada, room.ada, votes=0, voted=False)
    assert (await rows(room.session))["votes"] == 0


async def test_members_raise_and_lower_their_own_hand(room):
    ada = await room.open(room.ada)
    host = await room.open(room.host)
    raised = await ada.act("hand.raise", "hands.updated")
    assert [hand["user"] for hand in raised["hands"]] == [person(room.ada)]
    assert raised["called"] is None
    assert await ada.refused("hand.raise") == "conflict"
    assert (await ada.act("hand.lower", "hands.updated"))["hands"] == []
    assert await ada.refused("hand.lower") == "not_found"
    assert [event["hands"] for event in [await host.next_event(), await host.next_event()]] == [
        raised["hands"],
        [],
    ]


async def test_text_longer_than_the_limit_is_refused_and_text_at_the_limit_is_not(room):
    ada = await room.open(room.ada)
    for type_, limit, event, key in [
        ("chat.send", protocol.MAX_CHAT_LENGTH, "chat.message", "message"),
        ("question.ask", protocol.MAX_QUESTION_LENGTH, "question.updated", "question"),
    ]:
        assert await ada.refused(type_, text="é" * (limit + 1)) == "too_long"
        stored = (await ada.act(type_, event, text="é" * limit))[key]["text"]
        assert stored == "é" * limit
    assert (await rows(room.session))["events"] == 2


BAD_FRAMES = {
    "not json": ("{'type': 'chat.send'", "bad_json"),
    "nested too deep": ("[" * 5000, "bad_json"),
    "a list": ('[{"type": "chat.send", "text": "hi"}]', "bad_frame"),
    "a string": ('"chat.send"', "bad_frame"),
    "a number": ("42", "bad_frame"),
    "no type": ('{"text": "hi"}', "unknown_type"),
    "unknown type": ('{"type": "chat.shout", "text": "hi"}', "unknown_type"),
    "type not a string": ('{"type": ["chat.send"], "text": "hi"}', "unknown_type"),
    "missing field": ('{"type": "chat.send"}', "bad_frame"),
    "extra field": ('{"type": "chat.send", "text": "hi", "colour": "red"}', "bad_frame"),
    "true as an id": ('{"type": "question.vote", "question": true}', "bad_frame"),
    "string as an id": ('{"type": "question.vote", "question": "1"}', "bad_frame"),
    "float as an id": ('{"type": "question.vote", "question": 1.0}', "bad_frame"),
    "negative id": ('{"type": "question.vote", "question": -1}', "bad_frame"),
    "huge id": ('{"type": "question.vote", "question": 99999999999999999999}', "bad_frame"),
    "null user": ('{"type": "hand.lower", "user": null}', "bad_frame"),
    "number as text": ('{"type": "chat.send", "text": 42}', "bad_frame"),
    "NUL in text": ('{"type": "chat.send", "text": "a\\u0000b"}', "bad_frame"),
    "blank text": ('{"type": "chat.send", "text": "   "}', "empty_text"),
    "only markup": ('{"type": "question.ask", "text": "<b></b>"}', "empty_text"),
    "string as a flag": ('{"type": "chat.close", "closed": "yes"}', "bad_frame"),
    "negative resume": ('{"type": "resume", "after": -1}', "bad_frame"),
    "ref not a string": ('{"type": "chat.send", "text": "hi", "ref": 7}', "bad_frame"),
    "ref too long": ('{"type": "chat.send", "text": "hi", "ref": "%s"}' % ("r" * 41), "bad_frame"),
    "too long": ('{"type": "chat.send", "text": "%s"}' % ("x" * 1001), "too_long"),
    "too large": (
        '{"type": "chat.send", "text": "%s"}' % ("x" * protocol.MAX_FRAME_BYTES),
        "too_large",
    ),
    "unknown question": ('{"type": "question.vote", "question": 424242}', "not_found"),
}


@pytest.mark.parametrize(("text", "code"), BAD_FRAMES.values(), ids=BAD_FRAMES.keys())
async def test_a_bad_frame_gets_an_error_stores_nothing_and_keeps_the_connection(room, text, code):
    ada = await room.open(room.ada)
    before = await rows(room.session)
    await ada.send_raw(text)
    error = await ada.error()
    assert error["code"] == code
    assert error["message"]
    assert await rows(room.session) == before
    await _still_open(ada)


async def test_a_binary_frame_gets_an_error_and_keeps_the_connection(room):
    ada = await room.open(room.ada)
    await ada.send_bytes(b'{"type": "chat.send", "text": "hi"}')
    assert (await ada.error())["code"] == "bad_frame"
    assert (await rows(room.session))["messages"] == 0
    await _still_open(ada)


async def _still_open(client):
    event = await client.act("chat.send", "chat.message", text="Still here")
    assert event["message"]["text"] == "Still here"


async def test_an_error_names_the_frame_it_is_about(room):
    ada = await room.open(room.ada)
    await ada.send("chat.send", text="x" * 1001, ref="draft-1")
    assert (await ada.error())["ref"] == "draft-1"
    await ada.send("question.vote", question=424242, ref="vote-7")
    assert await ada.error() == {
        "type": "error",
        "code": "not_found",
        "message": "That question is not in this room.",
        "ref": "vote-7",
    }


async def test_nothing_is_done_before_the_client_has_caught_up(room):
    ada = await room.open(room.ada, resume=False)
    assert await ada.refused("chat.send", text="Too early") == "not_joined"
    assert (await rows(room.session))["messages"] == 0
    assert (await ada.resume())["type"] == "welcome"
    await _still_open(ada)


async def test_a_burst_of_frames_is_cut_off_by_the_rate_limit(room):
    ada = await room.open(room.ada)
    sent = consumers.BURST * 2
    for number in range(sent):
        await ada.send("chat.send", text=f"Message {number}", ref=f"m{number}")
    accepted, refused = [], []
    while len(accepted) + len(refused) < sent:
        frame = await ada.receive()
        if frame["type"] == "error":
            assert frame["code"] == "rate_limited"
            refused.append(frame["ref"])
        else:
            accepted += [
                e["message"]["text"] for e in frame["events"] if e["type"] == "chat.message"
            ]
    # The resume that opened the connection took one frame of the burst.
    assert consumers.BURST - 1 <= len(accepted) < sent
    assert (await rows(room.session))["messages"] == len(accepted)
    # Each refusal names its frame, so the client can offer to send that message again.
    assert sorted(refused + [text.replace("Message ", "m") for text in accepted]) == sorted(
        f"m{number}" for number in range(sent)
    )
    # The limit refills: after a pause the member can speak again.
    await asyncio.sleep(1 / consumers.RATE)
    await _still_open(ada)


async def test_events_are_numbered_one_by_one_in_the_order_they_happened(room):
    ada = await room.open(room.ada)
    ben = await room.open(room.ben)
    await ada.act("chat.send", "chat.message", text="One")
    question = (await ben.act("question.ask", "question.updated", text="Two?"))["question"]
    await ada.act("question.vote", "question.updated", question=question["id"])
    await ben.act("hand.raise", "hands.updated")
    await ada.act("chat.send", "chat.message", text="Five")
    await ben.read_until(5)
    for client in (ada, ben):
        assert client.numbered_ids() == [1, 2, 3, 4, 5]
    assert await stored_event_ids(room.session) == [1, 2, 3, 4, 5]
