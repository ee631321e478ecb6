"""Request every row of the matrix as every role and sort the answers into outcome classes."""

import re
from dataclasses import dataclass
from unittest import mock
from urllib.parse import urlparse

from asgiref.sync import async_to_sync
from django.conf import settings
from django.db import connection, transaction
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils.crypto import get_random_string

from academy.live.services import room as room_service
from tests.live.room_client import RoomClient

from .academy import ROLES, Academy
from .routes import EXCLUDED, PAGE_SERVE_ROUTE, Route, all_routes, concrete_path

# Wagtail views whose names say they change something: they also get a POST row. The
# project's own views and allauth's all get one, whatever their name.
WAGTAIL_ACTION = re.compile(
    r"add|create|edit|delete|copy|move|publish|lock|revert|unschedule|privacy|enable|disable|"
    r"remove|bulk|workflow_action|set_position|convert_alias|chosen|upload|ping|release|"
    r"select_format|generate_url|password_reset"
)
PROJECT_MODULES = ("academy.", "cms.", "search.", "allauth.")

WEBSOCKET_ROUTE = "ws/live/<int:session_id>/"
WEBSOCKET_CLOSE_CODES = {
    room_service.CLOSE_SIGNED_OUT: "login",
    room_service.CLOSE_FORBIDDEN: "denied",
    room_service.CLOSE_NOT_FOUND: "not-found",
    room_service.CLOSE_NOT_OPEN: "not-open",
}
LOGIN_PATHS = ("/accounts/login/", "/admin/login/")


@dataclass(frozen=True)
class Row:
    route: str  # the pattern, or what stands for it ("page: course", the websocket route)
    name: str
    method: str  # GET, POST, or CONNECT for the websocket
    path: str


def takes_post(route: Route) -> bool:
    if route.module.startswith(PROJECT_MODULES):
        return True
    return route.module.startswith("wagtail") and bool(WAGTAIL_ACTION.search(route.label))


def rows(academy: Academy) -> list[Row]:
    found = []
    for route in all_routes():
        if route.route in EXCLUDED or route.route == PAGE_SERVE_ROUTE:
            continue
        path = concrete_path(route, academy.ids)
        methods = ("GET", "POST") if takes_post(route) else ("GET",)
        found += [Row(route.route, route.label, method, path) for method in methods]
    for kind, page in sorted(academy.pages.items()):
        found.append(Row(f"page: {kind}", "wagtail_serve", "GET", page.url))
    session_id = academy.pages["live_session"].pk
    found.append(Row(WEBSOCKET_ROUTE, "live room", "CONNECT", f"/ws/live/{session_id}/"))
    return found


def classify(request_path: str, response) -> str:
    status = response.status_code
    if 200 <= status < 300:
        return "ok"
    if status in (301, 302, 303, 307, 308):
        target = urlparse(response["Location"]).path
        if target in LOGIN_PATHS:
            return "login"
        # Wagtail answers PermissionDenied in its admin with a redirect to the admin's home.
        if target == "/admin/" and request_path.startswith("/admin/") and request_path != target:
            return "denied"
        return "redirect"
    return {
        400: "bad-request",
        403: "denied",
        404: "not-found",
        405: "method-not-allowed",
    }.get(status, str(status))


def clients(academy: Academy, **options) -> dict:
    """One browser per role, signed in (all but the anonymous visitor)."""
    browsers = {}
    for role in ROLES:
        browsers[role] = Client(**options)
        if role in academy.members:
            browsers[role].force_login(academy.members[role])
    return browsers


def _csrf_token(browser: Client) -> str:
    """The token a form would send, with the cookie it is checked against."""
    token = get_random_string(CSRF_SECRET_LENGTH, CSRF_ALLOWED_CHARS)
    browser.cookies[settings.CSRF_COOKIE_NAME] = token
    return token


WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
# Signing in and out rewrites the session; that is not the action under test.
BOOKKEEPING_TABLES = ("django_session",)


def wrote(queries) -> bool:
    """Whether any statement changed the academy's data."""
    return any(
        WRITE.match(query["sql"]) and not any(table in query["sql"] for table in BOOKKEEPING_TABLES)
        for query in queries
    )


def send(browser: Client, row: Row, data: dict) -> tuple[str, bool]:
    """The outcome of one request and whether it wrote to the database; nothing it writes
    survives it, so every role meets the same academy."""
    connection.queries_log.clear()  # the log is bounded: a full one would capture nothing
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        try:
            if row.method == "POST":
                response = browser.post(row.path, data)
            else:
                response = browser.get(row.path)
        except Exception as error:  # a server error is an outcome the tests must see
            outcome = f"error: {type(error).__name__}"
        else:
            outcome = classify(row.path, response)
        transaction.set_rollback(True)
    return outcome, wrote(queries.captured_queries)


def _request(browser: Client, row: Row, token: str) -> str:
    outcome, changed = send(browser, row, {"csrfmiddlewaretoken": token})
    # An action that answers with a redirect whether it was done or refused (with a message)
    # shows which by what it wrote.
    return f"{outcome}+write" if changed and outcome in ("ok", "redirect") else outcome


def _connect(academy: Academy, role: str) -> str:
    async def attempt():
        room = await RoomClient.open(academy.pages["live_session"], academy.members.get(role))
        try:
            if room.welcome is not None:
                return "ok"
            code = room.close_code or await room.wait_closed()
            return WEBSOCKET_CLOSE_CODES.get(code, f"closed {code}")
        finally:
            await room.close()

    # The room's database work runs on this thread, inside the academy's transaction; the
    # connection must stay open for it, so the consumer may not recycle it between frames.
    with mock.patch("channels.db.close_old_connections"), transaction.atomic():
        outcome = async_to_sync(attempt)()
        transaction.set_rollback(True)
    return outcome


def _session(browser: Client) -> str | None:
    cookie = browser.cookies.get(settings.SESSION_COOKIE_NAME)
    return cookie.value if cookie else None


def compute(academy: Academy) -> dict[Row, dict[str, str]]:
    browsers = clients(academy, enforce_csrf_checks=True)
    tokens = {role: _csrf_token(browser) for role, browser in browsers.items()}
    outcomes = {}
    for row in rows(academy):
        if row.method == "CONNECT":
            outcomes[row] = {role: _connect(academy, role) for role in ROLES}
            continue
        outcomes[row] = {}
        for role, browser in browsers.items():
            session = _session(browser)
            outcomes[row][role] = _request(browser, row, tokens[role])
            if role in academy.members and _session(browser) != session:
                # Signed out (the logout views) or a new session: back in for the next row.
                browser.force_login(academy.members[role])
    return outcomes


def resolves_back(row: Row) -> bool:
    """The concrete path reaches the route it stands for (no earlier route shadows it)."""

    def bare(route: str) -> str:  # the resolver drops the anchors of regular expressions
        return route.replace("^", "").replace("$", "")

    return bare(resolve(row.path).route) == bare(row.route)
