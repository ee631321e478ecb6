"""Browser tests: Playwright drives Debian's Chromium against a live test server.

Screenshots of each step go to $SCREENSHOT_DIR (default: a folder in /tmp), outside the repo.
"""

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import sync_playwright

from bench import harness
from tests.served import server_env

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture
def demo_site():
    call_command("load_demo", verbosity=0)


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    default = Path(tempfile.gettempdir()) / "peer-academy-screenshots"
    folder = Path(os.environ.get("SCREENSHOT_DIR", default))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def browser_page(live_server, monkeypatch):
    """A fresh Chromium tab; fails the test if the page logs an error or a request fails.

    Playwright's sync API keeps an asyncio loop running in this thread while it is open,
    which Django would take for async code: it is started per test (after the test's
    database is ready) and stopped before the database is reset, and Django's ORM is told
    that the test's own synchronous queries are safe meanwhile.
    """
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield from _watched_page(browser, live_server.url)
        browser.close()
        # While Playwright's loop runs, Django's connections are local to its context: close
        # the ones the test's own queries opened here, or they outlive the test database.
        connections.close_all()


def _watched_page(browser, base_url: str, *, expected: tuple[str, ...] = ()):
    """A page in its own browser context; problems containing one of `expected` are not."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []

    def on_console(message):
        if message.type == "error" and not any(text in message.text for text in expected):
            problems.append(message.text)

    def on_response(response):
        if response.status >= 400:
            problems.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("response", on_response)
    yield page
    context.close()
    assert not problems, problems


class AsgiServer:
    """The academy under daphne (HTTP and websockets) on the test database, which a test can
    stop and start again on the same port, as a restart or a dropped network would."""

    def __init__(self, env: dict[str, str]):
        self.port = harness.free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = env
        self._running = None

    def start(self):
        command = [str(harness.BIN / "daphne"), "-b", "127.0.0.1", "-p", str(self.port)]
        self._running = harness.server(
            [*command, "academy.asgi:application"], env=self.env, url=self.url, name="e2e-daphne"
        )
        self._running.__enter__()

    def stop(self):
        if self._running is not None:
            self._running.__exit__(None, None, None)
            self._running = None


@pytest.fixture
def asgi_server(transactional_db):
    server = AsgiServer(server_env())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def open_page(asgi_server, monkeypatch):
    """Opens Chromium tabs on the ASGI server, each in its own context (one per person).

    Failed websocket connections are expected while a test has the server down."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        opened = []

        def open_one():
            watched = _watched_page(browser, asgi_server.url, expected=("WebSocket connection",))
            opened.append(watched)
            return next(watched)

        yield open_one
        for watched in opened:
            with contextlib.suppress(StopIteration):
                next(watched)
        browser.close()
        connections.close_all()
