"""Every POST endpoint of the matrix refuses a request without a CSRF token and writes
nothing, for a member who could otherwise post there."""

import pytest
from django.conf import settings

from .academy import ROLES
from .matrix import clients, send

pytestmark = pytest.mark.django_db

# Endpoints that take a POST without a token on purpose, and why.
CSRF_EXEMPT = {
    # RFC 8058 one-click unsubscribe: the mail client posts without the site's cookie; the
    # signed token in the address is the proof (tests/notifications/test_unsubscribe.py).
    "notifications/unsubscribe/<str:token>/",
}

# A role "may post" when a POST with a valid token gets past the permission check.
REFUSED = ("login", "denied", "not-found", "method-not-allowed")


def _poster(by_role: dict) -> str | None:
    """The least privileged role the endpoint lets through."""
    return next((role for role in ROLES if by_role[role] not in REFUSED), None)


def test_every_post_without_a_token_is_refused_and_writes_nothing(academy, outcomes):
    browsers = clients(academy, enforce_csrf_checks=True)
    for browser in browsers.values():
        # The browser holds the cookie, as a member's does; the forged form lacks the token.
        browser.cookies[settings.CSRF_COOKIE_NAME] = "a" * 32
    checked, failures = 0, []
    for row, by_role in outcomes.items():
        role = _poster(by_role)
        if row.method != "POST" or row.route in CSRF_EXEMPT or role is None:
            continue
        outcome, wrote = send(browsers[role], row, {})
        checked += 1
        if outcome != "denied" or wrote:
            failures.append(f"{row.route} as {role}: {outcome}{' and wrote' if wrote else ''}")
    assert checked > 100  # the enumeration found the forms
    assert not failures, "POST without a CSRF token not refused:\n" + "\n".join(failures)


def test_the_exempt_endpoints_are_still_served(outcomes):
    """An exemption for a route that is gone would silently cover the next one there."""
    assert {row.route for row in outcomes if row.method == "POST"} >= CSRF_EXEMPT
