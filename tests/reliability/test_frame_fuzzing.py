"""Frames nobody should send, generated: garbage text, binary, JSON that is not a frame, every
frame type of the protocol with a field missing, extra or of the wrong kind, text in every
script (right-to-left, zero-width, astral, lone surrogates), huge frames and ids naming
nothing. Whatever arrives, the member gets one `error` frame in the documented shape
(naming the frame's `ref`), nothing is stored and the connection stays open.

tests/live/test_room_frames.py has one hand-written example of each refusal; here each kind
of refusal is tried on many generated frames. Each example opens its own connection, so
the rate limit never answers in place of the check under test."""

import json

import pytest
from asgiref.sync import async_to_sync
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from academy.live import protocol
from tests.live.room_client import RoomClient, cookie_for, make_room

from .crowd import stored_rows

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Bounded so that the file runs in seconds, and the same on every run (no examples database).
fuzzing = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# The fields of each frame type, as docs/live-protocol.md lists them, by kind of value.
FIELDS = {
    "resume": {"after": "event id"},
    "heartbeat": {},
    "chat.send": {"text": "chat text"},
    "question.ask": {"text": "question text"},
    "question.vote": {"question": "id"},
    "question.answer": {"question": "id", "answered": "flag"},
    "question.pin": {"question": "id", "pinned": "flag"},
    "hand.raise": {},
    "hand.lower": {"user": "id"},
    "hand.call_next": {},
    "participant.mute": {"user": "id", "muted": "flag"},
    "participant.remove": {"user": "id"},
    "chat.close": {"closed": "flag"},
    "session.end": {},
}
OPTIONAL = {("resume", "after"), ("hand.lower", "user")}
TEXT_LIMITS = {"chat text": protocol.MAX_CHAT_LENGTH, "question text": protocol.MAX_QUESTION_LENGTH}
# Ids no room has: a frame naming one is refused as not found, after every other check.
UNKNOWN_IDS = st.integers(min_value=10**12, max_value=2**63 - 1)
# Frame types whose fields can all name something that is not there.
NAMING = ["question.vote", "question.answer", "question.pin", "hand.lower", "participant.mute"]

# Characters that break careless code: right-to-left marks and overrides, zero-width ones,
# a byte-order mark, combining marks, astral emoji, lone surrogates and NUL.
AWKWARD = "\u202e\u200f\u200b\u200d\ufeff\u0301\u05d0\u0627\U0001f600\U00010348\ud800\udfff\x00"
PRINTABLE_AWKWARD = [
    char for char in AWKWARD if char != "\x00" and not 0xD800 <= ord(char) < 0xE000
]
characters = st.one_of(st.characters(), st.sampled_from(AWKWARD))
unicode_text = st.text(characters, max_size=60)
wire_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=200)
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), unicode_text
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(unicode_text, inner, max_size=4),
    max_leaves=12,
)
# A ref the room accepts: a string of at most 40 characters that can go back on the wire.
good_refs = st.text(st.characters(exclude_categories=["Cs"]), max_size=protocol.MAX_REF_LENGTH)
bad_refs = st.one_of(
    st.integers(),
    st.booleans(),
    st.lists(st.text(max_size=3), max_size=2),
    st.text(min_size=protocol.MAX_REF_LENGTH + 1, max_size=80),
    st.text(st.sampled_from("\ud800\udbff\udc00\udfff"), min_size=1, max_size=3),
)

WRONG_KIND = {
    "id": st.one_of(
        st.booleans(),
        st.floats(),
        st.text(max_size=5),
        st.none(),
        st.lists(st.integers(), max_size=2),
        st.integers(max_value=0),
        st.integers(min_value=2**63),
    ),
    "event id": st.one_of(
        st.booleans(), st.floats(), st.text(max_size=5), st.none(), st.integers(max_value=-1)
    ),
    "flag": st.one_of(st.integers(), st.floats(), st.text(max_size=5), st.none(), st.just([])),
    "chat text": st.one_of(st.integers(), st.booleans(), st.none(), st.just({}), st.just([])),
    "question text": st.one_of(
        st.integers(), st.floats(), st.none(), st.dictionaries(st.text(), st.none())
    ),
}


def _good_value(kind: str, draw):
    if kind == "flag":
        return draw(st.booleans())
    if kind in TEXT_LIMITS:
        return "Hello"
    return draw(UNKNOWN_IDS)


@st.composite
def misshapen_frames(draw) -> tuple[dict, set[str]]:
    """A frame of a known type with one thing wrong with its fields."""
    kind = draw(st.sampled_from(sorted(FIELDS)))
    fields = {name: _good_value(value_kind, draw) for name, value_kind in FIELDS[kind].items()}
    mistakes = ["extra"]
    if fields:
        mistakes.append("wrong kind")
    if any((kind, name) not in OPTIONAL for name in fields):
        mistakes.append("missing")
    mistake = draw(st.sampled_from(mistakes))
    if mistake == "extra":
        name = draw(unicode_text.filter(lambda name: name not in {"type", "ref", *fields}))
        fields[name] = draw(json_values)
    elif mistake == "missing":
        required = [name for name in fields if (kind, name) not in OPTIONAL]
        del fields[draw(st.sampled_from(required))]
    else:
        name = draw(st.sampled_from(sorted(fields)))
        fields[name] = draw(WRONG_KIND[FIELDS[kind][name]])
    return {"type": kind, **fields}, {"bad_frame"}


@st.composite
def refused_texts(draw) -> tuple[dict, set[str]]:
    """A chat message or question whose text the room refuses: blank, markup only, over the
    limit, or with a NUL or a lone surrogate in it (neither can be stored and sent on)."""
    kind = draw(st.sampled_from(["chat.send", "question.ask"]))
    limit = TEXT_LIMITS[FIELDS[kind]["text"]]
    words = st.text(st.characters(exclude_categories=["Cs", "Zs", "Cc"]), min_size=1, max_size=20)
    mistake = draw(st.sampled_from(["blank", "markup", "too long", "nul", "surrogate"]))
    if mistake == "blank":
        text, codes = draw(st.text(st.sampled_from(" \t\n\r\u3000\u2003\x0b"))), {"empty_text"}
    elif mistake == "markup":
        tag = draw(st.sampled_from(["b", "i", "script", "p", "span"]))
        text, codes = f"<{tag}></{tag}>" * draw(st.integers(1, 5)), {"empty_text"}
    elif mistake == "too long":
        text = draw(st.sampled_from(PRINTABLE_AWKWARD)) * (limit + draw(st.integers(1, 50)))
        # Escaped, a long text of astral characters is larger than a frame may be.
        codes = {"too_long", "too_large"}
    else:
        broken = "\x00" if mistake == "nul" else draw(st.sampled_from("\ud800\udbff\udc00\udfff"))
        text, codes = draw(words) + broken + draw(words), {"bad_frame"}
    return {"type": kind, "text": text}, codes


@st.composite
def naming_nothing(draw) -> tuple[dict, set[str]]:
    """A well-formed frame naming a question or member that is not in the room."""
    kind = draw(st.sampled_from(NAMING))
    fields = {name: _good_value(value_kind, draw) for name, value_kind in FIELDS[kind].items()}
    return {"type": kind, **fields}, {"not_found"}


@st.composite
def unknown_types(draw) -> tuple[dict, set[str]]:
    kind = draw(json_values.filter(lambda kind: not (isinstance(kind, str) and kind in FIELDS)))
    fields = draw(st.dictionaries(unicode_text, json_values, max_size=3))
    return {**fields, "type": kind}, {"unknown_type"}


@st.composite
def with_refs(draw, frames) -> tuple[str, set[str], str | None]:
    """A frame as sent: with a good ref (which the error must repeat), a bad one (refused
    as such), or none; JSON-escaped as browsers send it."""
    frame, codes = draw(frames)
    frame.pop("ref", None)
    choice = draw(st.sampled_from(["none", "good", "bad"]))
    if choice == "good":
        frame["ref"] = draw(good_refs)
    elif choice == "bad":
        frame["ref"], codes = draw(bad_refs), {"bad_frame"}
    text = json.dumps(frame)
    if len(text.encode()) > protocol.MAX_FRAME_BYTES:
        codes = {"too_large"}
    return text, codes, frame.get("ref") if choice == "good" and codes != {"too_large"} else None


def nested(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


garbage = st.one_of(
    # Text that is not JSON at all, in any script.
    wire_text.filter(lambda text: not _is_json(text)).map(lambda text: (text, {"bad_json"})),
    # JSON that is not an object.
    json_values.filter(lambda value: not isinstance(value, dict)).map(
        lambda value: (json.dumps(value), {"bad_frame"})
    ),
    # Nested deeper than a parser should follow, as a frame or inside one.
    st.integers(500, 4000).map(lambda depth: (nested(depth), {"bad_json", "bad_frame"})),
    st.integers(500, 4000).map(
        lambda depth: (
            f'{{"type": "chat.send", "text": {nested(depth)}}}',
            {"bad_json", "bad_frame"},
        )
    ),
    # Larger than a frame may be.
    st.tuples(st.integers(protocol.MAX_FRAME_BYTES, 4 * protocol.MAX_FRAME_BYTES), characters).map(
        lambda huge: (json.dumps({"type": "chat.send", "text": huge[1] * huge[0]}), {"too_large"})
    ),
)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


@pytest.fixture
def fuzz_room(transactional_db):
    """A room that started five minutes ago and the host's session cookie: the host may do
    everything, so a frame gets as far into the room as it can before it is refused."""
    room = make_room()
    return room, cookie_for(room.host)


def _refusal(fuzz_room, payload, *, binary: bool = False) -> tuple[dict, dict, dict]:
    """Send one frame on a fresh connection: the error it got and the rows before and after;
    checks on the way that the connection is still open after it."""
    return async_to_sync(_refusal_async)(*fuzz_room, payload, binary)


async def _refusal_async(room, cookie, payload, binary):
    client = await RoomClient.open(room.session, headers=[(b"cookie", cookie)])
    try:
        before = await stored_rows(room.session)
        # Sent as the server gets it: the test communicator will not send an empty frame.
        key = "bytes" if binary else "text"
        await client.communicator.send_input({"type": "websocket.receive", key: payload})
        error = await _next_frame(client)
        after = await stored_rows(room.session)
        # Still open: the room answers the next frame.
        await client.send("resume", after=client.last_id)
        answer = await _next_frame(client)
        assert (answer["type"], answer["events"]) == ("events", []), answer
        return error, before, after
    finally:
        await client.close()


async def _next_frame(client: RoomClient) -> dict:
    """The next frame but presence, as the server would put it on the wire: UTF-8 JSON."""
    while True:
        message = await client.communicator.receive_output(timeout=5)
        assert message["type"] == "websocket.send", f"closed with {message.get('code')}"
        # A lone surrogate cannot be encoded, so the server could not send it to a browser.
        assert _is_utf8(message["text"]), f"unsendable: {message['text']!r}"
        frame = json.loads(message["text"])
        presence_only = frame["type"] == "events" and all(
            event["id"] is None for event in frame["events"] or [{"id": 0}]
        )
        if not presence_only:
            return frame


def _assert_refused(fuzz_room, text, codes, ref, *, binary=False):
    error, before, after = _refusal(fuzz_room, text, binary=binary)
    expected = {"type": "error", "code": error["code"], "message": error["message"]}
    if ref is not None:
        expected["ref"] = ref
    assert error == expected, f"{error} for {text!r}"
    assert error["code"] in codes, f"{error['code']} for {text!r}, expected one of {codes}"
    assert isinstance(error["message"], str) and error["message"].strip()
    assert after == before, f"{text!r} stored something"


@fuzzing
@given(case=garbage)
def test_garbage_gets_an_error_and_stores_nothing(fuzz_room, case):
    text, codes = case
    _assert_refused(fuzz_room, text, codes, ref=None)


@fuzzing
@given(case=with_refs(st.one_of(misshapen_frames(), unknown_types())))
def test_every_frame_type_with_wrong_fields_gets_an_error_naming_it(fuzz_room, case):
    _assert_refused(fuzz_room, *case)


@fuzzing
@given(case=with_refs(st.one_of(refused_texts(), naming_nothing())))
def test_refused_text_and_unknown_ids_get_an_error_naming_the_frame(fuzz_room, case):
    _assert_refused(fuzz_room, *case)


@settings(fuzzing, max_examples=10)
@given(data=st.binary(max_size=2000) | wire_text.map(str.encode))
def test_binary_frames_get_an_error_and_store_nothing(fuzz_room, data):
    _assert_refused(fuzz_room, data, {"bad_frame"}, ref=None, binary=True)
