"""`make prod-local` for real: nginx, gunicorn, two daphne processes and the task worker with
production settings against PostgreSQL and Redis, driven only through nginx as a visitor's
browser would be. Runs in the PostgreSQL and Redis pass of CI (`.ci/run`)."""

import asyncio
import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pytest
from websockets.asyncio.client import connect

from bench.harness import free_port

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "peer-academy-demo"
DATABASE_URL = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(
    not (DATABASE_URL.startswith("postgres") and os.environ.get("REDIS_URL")),
    reason="the production topology needs PostgreSQL and Redis (the CI's second pass)",
)


def _own_database(*, create: bool) -> str:
    """A database of its own next to the test database, dropped, then created empty when
    asked; its URL."""
    url = urllib.parse.urlsplit(DATABASE_URL)
    name = f"{url.path.lstrip('/') or 'academy'}_prod_local"
    server = url._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            connection.execute(f'CREATE DATABASE "{name}"')
    return url._replace(path=f"/{name}").geturl()


def _prod_local(action: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "deploy/prod_local.py", action],
        env=env,
        cwd=ROOT,
        check=True,
        timeout=400,
    )


@pytest.fixture(scope="module")
def topology():
    run = uuid.uuid4().hex[:8]
    # Inside the checkout, not a private temporary folder: nginx's workers (an unprivileged
    # user when started as root) must read the static files.
    folder = ROOT / "var" / f"prod-local-test-{run}"
    env = {
        **os.environ,
        "PROD_LOCAL_DIR": str(folder),
        "PROD_LOCAL_PORT": str(free_port()),
        "GUNICORN_BIND": f"127.0.0.1:{free_port()}",
        "DAPHNE_1_PORT": str(free_port()),
        "DAPHNE_2_PORT": str(free_port()),
        "WEB_CONCURRENCY": "2",
        "DATABASE_URL": _own_database(create=True),
        "CHANNELS_PREFIX": f"prod-local-{run}",
        "CACHE_KEY_PREFIX": f"prod-local-{run}",
    }
    for name in ("DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS"):
        env.pop(name, None)
    try:
        _prod_local("start", env)
        yield Topology(env)
    finally:
        _prod_local("stop", env)
        shutil.rmtree(folder, ignore_errors=True)
        _own_database(create=False)


class Browser:
    """A visitor's browser: its own cookies, every request through nginx."""

    def __init__(self, url: str):
        self.url = url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, path: str):
        return self.opener.open(self.url + path, timeout=30)

    def post(self, path: str, fields: dict[str, str]):
        request = urllib.request.Request(  # noqa: S310 - the topology on 127.0.0.1
            self.url + path,
            data=urllib.parse.urlencode(fields).encode(),
            headers={"Referer": self.url + path, "Origin": self.url},
        )
        return self.opener.open(request, timeout=30)

    def form_token(self, path: str) -> str:
        html = self.get(path).read().decode()
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def sign_in(self, username: str) -> "Browser":
        token = self.form_token("/accounts/login/")
        fields = {"csrfmiddlewaretoken": token, "login": username, "password": DEMO_PASSWORD}
        self.post("/accounts/login/", fields)
        return self

    def cookie(self, name: str) -> str:
        return next(cookie.value for cookie in self.cookies if cookie.name == name)


class Topology:
    """The running academy, seen from outside: its address, its logs, its pages' ids."""

    def __init__(self, env: dict[str, str]):
        self.url = f"http://127.0.0.1:{env['PROD_LOCAL_PORT']}"
        self.folder = Path(env["PROD_LOCAL_DIR"])
        self.database = env["DATABASE_URL"]

    def browser(self) -> Browser:
        return Browser(self.url)

    def log(self, process: str) -> str:
        return (self.folder / f"{process}.log").read_text(errors="replace")

    def _page(self, column: str, where: str, value):
        with psycopg.connect(self.database) as connection:
            return connection.execute(
                f"SELECT {column} FROM wagtailcore_page WHERE {where} = %s",  # noqa: S608
                [value],
            ).fetchone()[0]

    def session_id(self, slug: str) -> int:
        return self._page("id", "slug", slug)

    def page_path(self, page_id: int) -> str:
        # Below the site's root page, whose own slug is the first segment.
        return "/" + self._page("url_path", "id", page_id).strip("/").split("/", 1)[1] + "/"


def _wait_for(found, *, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while not found():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def test_pages_and_static_files_come_through_nginx(topology):
    visitor = topology.browser()
    home = visitor.get("/")
    catalogue = visitor.get("/courses/").read().decode()
    stylesheet = visitor.get("/static/css/academy.css")

    assert home.status == 200
    assert home.headers["Server"] == "nginx"
    assert "Facilitating remote workshops" in catalogue
    assert stylesheet.status == 200
    assert "text/css" in stylesheet.headers["Content-Type"]


def test_a_member_signs_in_through_nginx(topology):
    learner = topology.browser().sign_in("learner")

    home = learner.get("/").read().decode()

    assert "Sign out" in home
    assert learner.cookie("sessionid")


def test_registering_sends_the_email_from_the_task_worker(topology):
    learner = topology.browser().sign_in("learner")
    session = topology.session_id("finding-stale-pages-with-small-scripts")
    token = learner.form_token(topology.page_path(session))
    email = re.compile(
        r"Subject: Your seat: Finding stale pages with small scripts\n[^\n]*\n"
        r"To: learner@example.org\n"
    )

    learner.post(f"/live/{session}/register/", {"csrfmiddlewaretoken": token})

    assert _wait_for(lambda: email.search(topology.log("worker")))
    assert not email.search(topology.log("web"))
    # The demo's own emails were never sent: it was built with the tasks run in place.
    assert "You are now" not in topology.log("worker")


def test_a_room_spans_both_daphne_processes(topology):
    # The host and a curator may enter before the room opens to members.
    host, curator = (topology.browser().sign_in(name) for name in ("teacher", "curator"))
    session = topology.session_id("keeping-energy-up-in-remote-workshops")
    room = topology.url.replace("http://", "ws://") + f"/ws/live/{session}/"

    async def joined(browser: Browser):
        headers = {"Cookie": f"sessionid={browser.cookie('sessionid')}"}
        member = await connect(room, origin=topology.url, additional_headers=headers)
        await member.send(json.dumps({"type": "resume"}))
        return member

    async def hears(member, text: str) -> bool:
        while True:
            frame = json.loads(await asyncio.wait_for(member.recv(), timeout=10))
            events = frame.get("events", [])
            if any(event.get("message", {}).get("text") == text for event in events):
                return True

    def connections(process: str) -> int:
        return topology.log(process).count(f'"WSCONNECT /ws/live/{session}/"')

    async def scenario():
        # nginx spreads connections over both processes: join until each holds one of ours,
        # the host first.
        members = {}
        for _ in range(8):
            before = {process: connections(process) for process in ("ws1", "ws2")}
            member = await joined(host if not members else curator)
            await asyncio.sleep(0.3)
            process = next(
                (name for name, count in before.items() if connections(name) > count), None
            )
            if process and process not in members:
                members[process] = member
            else:
                await member.close()
            if len(members) == 2:
                break
        assert set(members) == {"ws1", "ws2"}
        try:
            await members["ws1"].send(json.dumps({"type": "chat.send", "text": "Across hosts"}))
            return await hears(members["ws2"], "Across hosts")
        finally:
            for member in members.values():
                await member.close()

    assert asyncio.run(scenario())


def test_readiness_and_health_through_nginx(topology):
    visitor = topology.browser()
    ready = json.loads(visitor.get("/readyz").read())

    assert visitor.get("/healthz").status == 200
    assert all(check["ok"] for check in ready["checks"].values())
