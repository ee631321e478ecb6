"""One-click unsubscribe links: signed, so the link itself is the credential.

A link carries the member's id and what to stop (a kind, or `DIGEST` for every kind they get
in the daily digest), signed with the secret key and a salt of its own, and stops working
after `MAX_AGE`. Nothing is stored; rotating `SECRET_KEY` invalidates links already sent.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing

from .kinds import Kind

SALT = "academy.notifications.unsubscribe"
MAX_AGE = timedelta(days=60)
# Stands for every kind the member gets in the daily digest.
DIGEST = "digest"


class InvalidLink(Exception):
    def __init__(self, *, expired: bool):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


@dataclass(frozen=True)
class Unsubscribe:
    user_id: int
    # A `Kind` value, or `DIGEST`.
    what: str

    @property
    def is_digest(self) -> bool:
        return self.what == DIGEST


def token_for(*, user, what: str) -> str:
    return signing.dumps([user.pk, str(what)], salt=SALT)


def read(token: str) -> Unsubscribe:
    """What a link asks to stop; raises `InvalidLink` for a forged, altered or old link."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired:
        raise InvalidLink(expired=True) from None
    except signing.BadSignature:
        raise InvalidLink(expired=False) from None
    match payload:
        case [int() as user_id, str() as what] if what in Kind.values or what == DIGEST:
            return Unsubscribe(user_id=user_id, what=what)
    raise InvalidLink(expired=False)
