"""Open Badges 2.0 documents for hosted verification: the issuer Profile, one BadgeClass
per badge and one Assertion per award.

Every IRI is absolute and built from `WAGTAILADMIN_BASE_URL`, the site's one canonical
address, not from the request: a hosted assertion is verified by fetching its `id` and
comparing it with the copy a backpack holds, so the same award must always have the same
IRI, whatever host name or scheme a request arrived with. IRIs are reversed in the default
language, which has no prefix, so they never depend on the reader's language.
"""

import hashlib
from email.utils import parseaddr

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import salted_hmac

from .models import BadgeAward
from .selectors.badges import BadgeInfo

CONTEXT = "https://w3id.org/openbadges/v2"


def iri(viewname: str, *args) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(viewname, args=args)


def issuer_email() -> str:
    """The site's contact address, or the address the academy sends email from."""
    from cms.models import SiteSettings

    contact = (
        SiteSettings.objects.filter(site__is_default_site=True)
        .values_list("contact_email", flat=True)
        .first()
    )
    return contact or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def issuer() -> dict:
    return {
        "@context": CONTEXT,
        "type": "Profile",
        "id": iri("openbadges:issuer"),
        "name": settings.WAGTAIL_SITE_NAME,
        "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/",
        "email": issuer_email(),
    }


def image_iri(badge: BadgeInfo) -> str:
    """The curators' image when there is one, otherwise the drawn emblem."""
    if badge.image is not None:
        return badge.image.get_rendition("fill-400x400|format-png").full_url
    return iri("peers:badge_image", badge.slug)


def badge_class(badge: BadgeInfo) -> dict:
    with translation.override(settings.LANGUAGE_CODE):
        return {
            "@context": CONTEXT,
            "type": "BadgeClass",
            "id": iri("openbadges:badge_class", badge.slug),
            "name": badge.name,
            "description": badge.description,
            "image": image_iri(badge),
            "criteria": {"id": iri("peers:badge", badge.slug), "narrative": badge.criteria},
            "issuer": iri("openbadges:issuer"),
        }


def salt_for(award: BadgeAward) -> str:
    """Stable per award and unguessable: derived from its uid with the secret key, so
    nothing needs storing and the hash cannot be matched against a list of addresses."""
    return salted_hmac("academy.peers.openbadges.salt", str(award.uid)).hexdigest()[:32]


def hashed_identity(email: str, salt: str) -> str:
    return "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest()


def assertion(award: BadgeAward) -> dict:
    salt = salt_for(award)
    return {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": iri("openbadges:assertion", award.uid),
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": salt,
            "identity": hashed_identity(award.user.email, salt),
        },
        "badge": iri("openbadges:badge_class", award.badge.slug),
        "verification": {"type": "hosted"},
        "issuedOn": award.awarded_at.isoformat(),
    }


def revoked(award: BadgeAward) -> dict:
    return {"@context": CONTEXT, "id": iri("openbadges:assertion", award.uid), "revoked": True}
