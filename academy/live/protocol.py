"""The live room's wire protocol: every client frame is validated here before anything else
looks at it. `docs/live-protocol.md` describes the same frames for people.

A frame is a JSON object with a `type` and that type's fields, nothing more; an optional
`ref` (a short string of the client's choosing) comes back in an error about that frame.
"""

import json
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

VERSION = 1
MAX_FRAME_BYTES = 8 * 1024
MAX_CHAT_LENGTH = 1000
MAX_QUESTION_LENGTH = 500
MAX_REF_LENGTH = 40


class ProtocolError(Exception):
    """A frame the room refuses: `code` for programs, `message` for people."""

    def __init__(self, code: str, message, ref: str | None = None):
        super().__init__(code)
        self.code = code
        self.message = str(message)
        self.ref = ref

    def frame(self) -> dict:
        frame = {"type": "error", "code": self.code, "message": self.message}
        if self.ref is not None:
            frame["ref"] = self.ref
        return frame


@dataclass(frozen=True)
class Frame:
    type: str
    fields: dict = field(default_factory=dict)
    ref: str | None = None

    def __getitem__(self, name):
        return self.fields[name]

    def get(self, name, default=None):
        return self.fields.get(name, default)


def _text(limit: int):
    def check(value) -> str:
        if not isinstance(value, str):
            raise ValueError
        value = value.strip()
        if not value:
            raise ProtocolError("empty_text", _("Write something first."))
        if len(value) > limit:
            raise ProtocolError(
                "too_long", _("Keep it to %(limit)d characters or fewer.") % {"limit": limit}
            )
        if "\x00" in value:
            raise ValueError
        _require_unicode(value)
        return value

    return check


def _require_unicode(value: str) -> None:
    """A JSON escape can carry half of a surrogate pair, which is not a character: it cannot
    be stored in PostgreSQL nor sent back to anyone as UTF-8 (UnicodeEncodeError is a
    ValueError)."""
    value.encode("utf-8")


def _id(value) -> int:
    # bool is an int in Python; a JSON true is not an id.
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise ValueError
    return value


def _event_id(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**63:
        raise ValueError
    return value


def _flag(value) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


# type: (required fields, optional fields), each field with its check.
SCHEMA: dict[str, tuple[dict, dict]] = {
    "resume": ({}, {"after": _event_id}),
    "heartbeat": ({}, {}),
    "chat.send": ({"text": _text(MAX_CHAT_LENGTH)}, {}),
    "question.ask": ({"text": _text(MAX_QUESTION_LENGTH)}, {}),
    "question.vote": ({"question": _id}, {}),
    "question.answer": ({"question": _id, "answered": _flag}, {}),
    "question.pin": ({"question": _id, "pinned": _flag}, {}),
    "hand.raise": ({}, {}),
    "hand.lower": ({}, {"user": _id}),
    "hand.call_next": ({}, {}),
    "participant.mute": ({"user": _id, "muted": _flag}, {}),
    "participant.remove": ({"user": _id}, {}),
    "chat.close": ({"closed": _flag}, {}),
    "session.end": ({}, {}),
}


def _is_short_text(ref) -> bool:
    if not isinstance(ref, str) or len(ref) > MAX_REF_LENGTH:
        return False
    try:
        _require_unicode(ref)
    except ValueError:
        return False
    return True


def parse(text) -> Frame:
    """The frame in `text`, or a ProtocolError saying what is wrong with it."""
    if not isinstance(text, str):
        raise ProtocolError("bad_frame", _("Frames are JSON text."))
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FRAME_BYTES:
        raise ProtocolError("too_large", _("That frame is too large."))
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise ProtocolError("bad_json", _("That frame is not valid JSON.")) from None
    if not isinstance(data, dict):
        raise ProtocolError("bad_frame", _("A frame is a JSON object with a type."))
    ref = data.get("ref")
    if ref is not None and not _is_short_text(ref):
        raise ProtocolError("bad_frame", _("A ref is a short string."))
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in SCHEMA:
        raise ProtocolError("unknown_type", _("This room does not know that kind of frame."), ref)
    required, optional = SCHEMA[kind]
    extra = set(data) - {"type", "ref"} - set(required) - set(optional)
    missing = set(required) - set(data)
    if extra or missing:
        raise ProtocolError(
            "bad_frame",
            _("Fields of %(type)s: %(fields)s.")
            % {"type": kind, "fields": ", ".join(sorted([*required, *optional])) or "-"},
            ref,
        )
    fields = {}
    for name, check in [*required.items(), *optional.items()]:
        if name not in data:
            continue
        try:
            fields[name] = check(data[name])
        except ProtocolError as error:
            error.ref = ref
            raise
        except (ValueError, TypeError):
            raise ProtocolError(
                "bad_frame",
                _("%(field)s has the wrong kind of value.") % {"field": name},
                ref,
            ) from None
    return Frame(type=kind, fields=fields, ref=ref)
