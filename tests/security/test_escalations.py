"""Who may reach what, stated on its own: the rules hold whatever the checked-in table says,
so the table cannot quietly accept an escalation."""

import re

import pytest

from .academy import ROLES
from .matrix import WEBSOCKET_ROUTE

pytestmark = pytest.mark.django_db

SIGNED_OUT = {"anonymous"}
NO_ADMIN_ACCESS = {"anonymous", "newcomer", "learner"}
MODERATORS = {"moderator", "curator", "superuser"}
CURATORS = {"curator", "superuser"}
SUPERUSERS = {"superuser"}
AUTHORS = CURATORS | {"peer_teacher"}  # the peer teacher of the academy wrote its course

# What the admin serves to anyone, the sign-in screen included: its icons and translations.
PUBLIC_ADMIN = {"admin/sprite/", "admin/jsi18n/"}

# Forms and read-only views a visitor without an account may post to.
PUBLIC_POSTS = {
    "healthz",
    "readyz",
    "metrics",
    "accounts/login/",
    "accounts/signup/",
    "accounts/password/reset/",
    r"accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
    "people/<str:username>/",
    "live/calendar/<str:token>.ics",
    "live/<int:session_id>/session.ics",
}

# Areas reserved to some roles: (route pattern, who may get in).
RESERVED = [
    (r"^admin/console/health/", MODERATORS),  # moderators see the queue alone
    (r"^admin/console/(?!health/)", CURATORS),
    (r"^admin/moderation/", MODERATORS),
    (r"^admin/(experiments|nominations|roles)/", CURATORS),
    (r"^admin/snippets/(courses/topic|peers/badge|catalogue_search/synonym)/", CURATORS),
    # Anyone who may add or change users can make a superuser (Wagtail's own policy).
    (r"^admin/(users|groups|sites|settings|workflows/(list|add|edit|enable|disable))", SUPERUSERS),
    (
        r"^live/<int:session_id>/(cancel-session|attendees|recap|questions)",
        CURATORS | {"peer_teacher"},
    ),
    (r"^discussions/<int:thread_id>/(lock|move)/", MODERATORS),
    (r"^discussions/posts/<int:post_id>/(hide|restore|history)/", MODERATORS),
    (r"^discussions/<int:thread_id>/pin/", MODERATORS | {"peer_teacher"}),
    (
        r"^admin/pages/<int:\w+>/(edit|delete|unpublish|move|copy|privacy|revisions)",
        CURATORS | {"peer_teacher"},
    ),
]


def granted(outcome: str) -> bool:
    """Served the view, or did what was asked (it wrote to the database)."""
    return outcome == "ok" or outcome.endswith("+write")


def _who_got_in(outcomes, route_matches) -> dict:
    return {
        (row.route, row.method): {role for role in ROLES if granted(by_role[role])}
        for row, by_role in outcomes.items()
        if route_matches(row.route)
    }


def test_no_visitor_and_no_member_without_admin_access_reaches_the_admin(outcomes):
    reached = {
        key: roles & NO_ADMIN_ACCESS
        for key, roles in _who_got_in(outcomes, lambda route: route.startswith("admin/")).items()
        if roles & NO_ADMIN_ACCESS and key[0] not in PUBLIC_ADMIN
    }
    assert not reached


def test_visitors_post_only_to_the_public_forms(outcomes):
    reached = [
        row.route
        for row, by_role in outcomes.items()
        if row.method == "POST" and granted(by_role["anonymous"]) and row.route not in PUBLIC_POSTS
    ]
    assert not reached


def test_visitors_change_nothing(outcomes):
    changed = [row.route for row, by_role in outcomes.items() if "+write" in by_role["anonymous"]]
    assert not changed


@pytest.mark.parametrize(("pattern", "allowed"), RESERVED)
def test_reserved_areas_admit_only_their_roles(outcomes, pattern, allowed):
    found = _who_got_in(outcomes, lambda route: re.search(pattern, route))
    assert found, f"No row matches {pattern}: the rule checks nothing."
    intruders = {key: roles - allowed for key, roles in found.items() if roles - allowed}
    assert not intruders


def test_the_live_room_admits_its_attendees_hosts_and_moderators_only(outcomes):
    [room] = [by_role for row, by_role in outcomes.items() if row.route == WEBSOCKET_ROUTE]
    assert room["anonymous"] == "login"
    assert room["newcomer"] == "denied"  # a member without a seat
    assert {role for role in ROLES if room[role] == "ok"} == set(ROLES) - {"anonymous", "newcomer"}
