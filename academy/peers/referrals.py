"""Ambassadors' referral codes: a signature of the referrer's id, so nothing is stored until
someone signs up, and nobody can make a code for another member (decision 26)."""

from django.core import signing

SALT = "peers.referral"
SESSION_KEY = "peers_referrer_id"


def code_for(user) -> str:
    return signing.Signer(salt=SALT).sign_object(user.pk)


def referrer_id_from(code: str) -> int | None:
    """The id the code was made for, or None for a code we did not sign."""
    try:
        value = signing.Signer(salt=SALT).unsign_object(code)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return value if isinstance(value, int) else None
