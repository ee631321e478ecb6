"""Every URL of the academy, requested as every role: the outcomes match the reviewed table,
no route is left out, and the rules of who may reach what hold whatever the table says."""

import difflib
import os
import re

import pytest

from .matrix import WEBSOCKET_ROUTE, resolves_back
from .routes import EXCLUDED, PAGE_SERVE_ROUTE, all_routes
from .table import TABLE, render
from .url_matrix import WRITE_VARIABLE

pytestmark = pytest.mark.django_db


def test_the_matrix_matches_the_checked_in_table(outcomes):
    live = render(outcomes)
    if os.environ.get(WRITE_VARIABLE):
        TABLE.write_text(live)
        return
    kept = TABLE.read_text() if TABLE.exists() else ""
    diff = "".join(
        difflib.unified_diff(
            kept.splitlines(keepends=True),
            live.splitlines(keepends=True),
            fromfile="url_permissions.md (checked in)",
            tofile="url_permissions.md (as the academy answers now)",
        )
    )
    assert not diff, (
        "Who may reach which URL changed. If the change is intended, regenerate the table "
        "with `python -m tests.security.url_matrix --write` and commit it; if not, a view "
        f"lost or gained a permission check:\n{diff}"
    )


def test_every_route_of_the_resolver_has_a_row(outcomes):
    covered = {row.route for row in outcomes}
    missing = [
        route.route
        for route in all_routes()
        if route.route not in covered
        and route.route not in EXCLUDED
        and route.route != PAGE_SERVE_ROUTE
    ]
    assert not missing, f"Routes without a row in the matrix (or in EXCLUDED, with why): {missing}"


def test_excluded_routes_still_exist():
    """An exclusion of a route that is gone would hide the next view of that name."""
    known = {route.route for route in all_routes()}
    assert set(EXCLUDED) <= known


def test_each_row_reaches_the_route_it_stands_for(outcomes):
    shadowed = [
        row.path
        for row in outcomes
        if row.method != "CONNECT" and not row.route.startswith("page:") and not resolves_back(row)
    ]
    assert not shadowed


def test_every_page_type_and_the_live_room_have_rows(outcomes, academy):
    from wagtail.models import get_page_models

    served = {type(page.specific) for page in academy.pages.values()}
    wagtail_root = {model for model in get_page_models() if model._meta.app_label == "wagtailcore"}
    assert set(get_page_models()) - wagtail_root <= served
    assert any(row.route == WEBSOCKET_ROUTE for row in outcomes)


# Server errors inside Wagtail on requests its own screens never send, for roles that may use
# those screens: (route pattern, error).
KNOWN_WAGTAIL_ERRORS = [
    # The admin's page that raises on purpose, to try error reporting.
    (r"^admin/failwhale/$", "error: Exception"),
    # The page editor reads the StreamField's item count from the form without a default.
    (r"^admin/pages/.*(add|edit|copy|revert)", "error: MultiValueDictKeyError"),
    # A snippet chooser's creation form is only built for GET.
    (r"^admin/snippets/choose/.*/create/$", "error: AttributeError"),
]


def _known(route: str, outcome: str) -> bool:
    return any(
        re.search(pattern, route) and outcome == error for pattern, error in KNOWN_WAGTAIL_ERRORS
    )


def test_no_request_fails_with_a_server_error(outcomes):
    errors = {
        (row.route, row.method, role): outcome
        for row, by_role in outcomes.items()
        for role, outcome in by_role.items()
        if outcome.startswith(("error", "5")) and not _known(row.route, outcome)
    }
    assert not errors
