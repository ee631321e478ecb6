"""Live room fan-out: N members in one room while five of them chat, each member's delivery
latency and every (message, member) pair lost or doubled, next to a bare `websockets`
broadcast server loaded the same way in the same run.

Configurations: the bare server (`bare_room.py`, the practical limit), the room under one
daphne process with the in-memory channel layer and SQLite (`make demo`), and the room under
two daphne processes sharing PostgreSQL and Redis, members split between them. One asyncio
load generator in this process opens every connection, the same for each configuration, and
compares each message's send time (written into its text) with the time each member reads it.
"""

import asyncio
import json
import statistics
import time
import uuid
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import timedelta

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException

from . import harness

CLIENTS = (50, 200, 500)
SENDERS = 5
# Chat messages per second and sender, and for how long they send.
RATE = 2.0
SECONDS = 10
# How long after the last message members may still receive it before it counts as lost.
DRAIN_SECONDS = 5
# Heartbeats as the room's page sends them, spread evenly over the interval.
HEARTBEAT_SECONDS = 20
CONNECTING_AT_ONCE = 20
SETTLE_SECONDS = 0.5
CONNECT_TIMEOUT = 120
# A member whose connection is refused or dropped while joining tries again, as a browser
# would; the retries are counted.
CONNECT_ATTEMPTS = 3


# The rooms, prepared in a child process on each configuration's database ------------------


def prepare_rooms(*, members: int, rooms: int) -> dict:
    """A host, `rooms` sessions that started a minute ago with `members` members registered
    for each (through the registration service, before the start), and a signed-in session
    cookie for every member."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from academy.live.services import registration
    from academy.peers import services as peer_services
    from academy.peers.roles import Role
    from tests.factories import make_session, make_topic

    User = get_user_model()
    host = User.objects.create_user("bench-host")
    peer_services.grant_role(user=host, role=Role.PEER_TEACHER, topic=make_topic())
    people = [User.objects.create_user(f"bench-member-{number}") for number in range(members)]
    sessions = []
    for number in range(rooms):
        session = make_session(
            f"Bench room {number}", host=host, starts_in=timedelta(hours=1), capacity=members
        )
        for person in people:
            registration.register(user=person, session=session)
        session.starts_at -= timedelta(hours=1, minutes=-1)
        session.ends_at = session.starts_at + timedelta(hours=2)
        session.save()
        sessions.append(session.pk)
    cookies = []
    for person in people:
        client = Client()
        client.force_login(person)
        cookies.append(f"sessionid={client.cookies['sessionid'].value}")
    return {"sessions": sessions, "cookies": cookies}


# The load generator ------------------------------------------------------------------------


@dataclass
class _Tally:
    """What every member received, shared by all connections of one measurement."""

    sent: dict[str, str] = field(default_factory=dict)  # ref -> text
    refused: set[str] = field(default_factory=set)
    latencies: list[float] = field(default_factory=list)
    received: int = 0
    duplicates: int = 0
    retries: int = 0
    first_sent: float = 0.0
    last_frame: float = 0.0
    last_message: float = 0.0


class _Member:
    def __init__(self, connection: ClientConnection, tally: _Tally):
        self.connection, self.tally = connection, tally
        self.seen: set[str] = set()
        self.welcomed = asyncio.Event()
        self.reader = asyncio.create_task(self.read())

    async def read(self) -> None:
        tally = self.tally
        try:
            async for text in self.connection:
                now = tally.last_frame = time.perf_counter()
                frame = json.loads(text)
                if frame["type"] == "events":
                    for event in frame["events"]:
                        if event["type"] == "chat.message":
                            self._count(event["message"]["text"], now)
                elif frame["type"] == "welcome":
                    self.welcomed.set()
                elif frame["type"] == "error":
                    tally.refused.add(frame.get("ref"))
        except ConnectionClosed:
            pass  # what it did not receive counts as lost

    def _count(self, text: str, now: float) -> None:
        tally = self.tally
        if not text.startswith("bench "):
            return  # the warm-up
        if text in self.seen:
            tally.duplicates += 1
            return
        self.seen.add(text)
        tally.received += 1
        tally.last_message = now
        tally.latencies.append(now - float(text.rsplit(" ", 1)[1]))

    async def send(self, frame: dict) -> None:
        await self.connection.send(json.dumps(frame))


async def _sleep_until(moment: float) -> None:
    await asyncio.sleep(max(0.0, moment - time.perf_counter()))


async def _join(base_url: str, path: str, cookie: str, tally: _Tally) -> _Member:
    connection = await connect(
        base_url.replace("http://", "ws://") + path,
        origin=base_url,
        additional_headers={"Cookie": cookie},
        compression=None,
        ping_interval=None,
        max_size=None,
        open_timeout=CONNECT_TIMEOUT,
        close_timeout=1,
    )
    member = _Member(connection, tally)
    await member.send({"type": "resume"})
    await asyncio.wait_for(member.welcomed.wait(), CONNECT_TIMEOUT)
    return member


async def _open(base_url: str, path: str, cookie: str, tally: _Tally, gate: asyncio.Semaphore):
    async with gate:
        for attempt in range(1, CONNECT_ATTEMPTS + 1):
            try:
                return await _join(base_url, path, cookie, tally)
            except (OSError, TimeoutError, WebSocketException) as error:
                if attempt == CONNECT_ATTEMPTS:
                    raise harness.BenchError(f"a member could not join: {error!r}") from None
                tally.retries += 1
                await asyncio.sleep(1)


async def _chat(member: _Member, sender: int, started: float) -> None:
    tally = member.tally
    for number in range(int(SECONDS * RATE)):
        await _sleep_until(started + (number + sender / SENDERS) / RATE)
        ref = f"{sender}-{number}"
        text = f"bench {ref} {time.perf_counter():.6f}"
        tally.sent[ref] = text
        tally.first_sent = tally.first_sent or time.perf_counter()
        await member.send({"type": "chat.send", "text": text, "ref": ref})


async def _heartbeats(member: _Member, offset: float, started: float, until: float) -> None:
    moment = started + offset
    while moment < until:
        await _sleep_until(moment)
        await member.send({"type": "heartbeat"})
        moment += HEARTBEAT_SECONDS


async def _settle(tally: _Tally, *, limit: float) -> None:
    """Wait until the room has been quiet for a moment (presence of the members joining)."""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        if time.perf_counter() - tally.last_frame > SETTLE_SECONDS:
            return
        await asyncio.sleep(0.1)


async def _load(servers: list[harness.Served], path: str, cookies: list[str], clients: int) -> dict:
    """Open `clients` members (the i-th on the (i mod n)-th server), let five chat, tally."""
    tally = _Tally()
    gate = asyncio.Semaphore(CONNECTING_AT_ONCE)
    connecting = time.perf_counter()
    members = await asyncio.gather(
        *(
            _open(servers[index % len(servers)].url, path, cookies[index], tally, gate)
            for index in range(clients)
        )
    )
    connect_seconds = time.perf_counter() - connecting
    await _settle(tally, limit=60)
    # One message per sender first, so that no first-call cost lands in the figures.
    for sender in range(SENDERS):
        await members[sender].send({"type": "chat.send", "text": f"warm-up {sender}"})
    await _settle(tally, limit=60)
    cpu_before = sum(served.cpu_seconds() for served in servers)
    started = time.perf_counter() + 0.2
    until = started + SECONDS
    heartbeats = [
        asyncio.create_task(
            _heartbeats(member, index * HEARTBEAT_SECONDS / clients, started, until)
        )
        for index, member in enumerate(members)
    ]
    await asyncio.gather(*(_chat(members[sender], sender, started) for sender in range(SENDERS)))
    expected = [text for ref, text in tally.sent.items() if ref not in tally.refused]
    drain_until = time.perf_counter() + DRAIN_SECONDS
    while tally.received < len(expected) * clients and time.perf_counter() < drain_until:
        await asyncio.sleep(0.05)
    await asyncio.gather(*heartbeats)
    server_cpu = (sum(served.cpu_seconds() for served in servers) - cpu_before) / (
        time.perf_counter() - started
    )
    expected_set = set(expected)
    received = sum(len(member.seen & expected_set) for member in members)
    await asyncio.gather(*(member.connection.close() for member in members))
    for member in members:
        member.reader.cancel()
    latencies = sorted(tally.latencies)
    return {
        "clients": clients,
        "messages": len(expected),
        "refused": len(tally.refused),
        "pairs_expected": len(expected) * clients,
        "pairs_received": received,
        "lost": len(expected) * clients - received,
        "duplicated": tally.duplicates,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else None,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000 if latencies else None,
        "delivered_per_s": received / (tally.last_message - tally.first_sent) if received else 0.0,
        "connect_s": connect_seconds,
        "connect_retries": tally.retries,
        "server_cpu_percent": server_cpu * 100,
    }


def _room_path(session_id: int) -> str:
    return f"/ws/live/{session_id}/"


# The configurations ------------------------------------------------------------------------

BARE = "bare websockets server"
EMBEDDED = "1 daphne, in-memory layer, SQLite"
SCALED_OUT = "2 daphne, Redis layer, PostgreSQL"
# How docs/operations.md runs daphne: a frame's queries run on the process's one database
# thread, which keeps its connection instead of opening one per frame.
DAPHNE = {"DJANGO_SETTINGS_MODULE": "bench.settings", "DATABASE_CONN_MAX_AGE": "60"}


def _bare(clients: int, rooms: dict) -> dict:
    port = harness.free_port()
    command = [harness.PYTHON, "-m", "bench.bare_room", str(port)]
    url = f"http://127.0.0.1:{port}"
    with harness.server(command, env={}, url=url, name="bench-bare-room") as served:
        return asyncio.run(_load([served], _room_path(0), rooms["cookies"], clients))


def _academy(clients: int, rooms: dict, *, env: dict[str, str], processes: int) -> dict:
    session_id = rooms["sessions"][CLIENTS.index(clients)]
    with ExitStack() as stack:
        servers = [
            stack.enter_context(
                harness.daphne(env=env, ready_path="/bench/bare/", name=f"bench-live-{number}")
            )
            for number in range(processes)
        ]
        return asyncio.run(_load(servers, _room_path(session_id), rooms["cookies"], clients))


def _prepare(env: dict[str, str]) -> dict:
    harness.django("migrate", "--no-input", "-v", "0", env=env)
    return harness.in_django(
        "bench.live:prepare_rooms", env=env, members=max(CLIENTS), rooms=len(CLIENTS)
    )


def run() -> dict:
    harness.VAR.mkdir(exist_ok=True)
    for leftover in harness.VAR.glob("bench-live.sqlite3*"):
        leftover.unlink()
    embedded = {**DAPHNE, "SQLITE_PATH": str(harness.VAR / "bench-live.sqlite3")}
    prefix = f"academy-bench-{uuid.uuid4().hex[:8]}"
    scaled_out = {
        **DAPHNE,
        "DATABASE_URL": harness.fresh_postgres("live"),
        "REDIS_URL": harness.require_redis(),
        "CHANNELS_PREFIX": prefix,
        "CACHE_KEY_PREFIX": prefix,
    }
    embedded_rooms, scaled_out_rooms = _prepare(embedded), _prepare(scaled_out)
    configurations = {BARE: [], EMBEDDED: [], SCALED_OUT: []}
    for clients in CLIENTS:
        bare = [_bare(clients, embedded_rooms)]
        configurations[EMBEDDED].append(
            _academy(clients, embedded_rooms, env=embedded, processes=1)
        )
        configurations[SCALED_OUT].append(
            _academy(clients, scaled_out_rooms, env=scaled_out, processes=2)
        )
        # Again after the academy: one stall of a shared machine in a single run of the
        # baseline would flatter every ratio, so the better run counts.
        bare.append(_bare(clients, embedded_rooms))
        configurations[BARE].append(min(bare, key=lambda row: row["p99_ms"]))
    _print(configurations)
    path = harness.write_results(
        "live",
        {
            "senders": SENDERS,
            "messages_per_second_per_sender": RATE,
            "seconds": SECONDS,
            "configurations": configurations,
        },
    )
    print(f"written to {path.relative_to(harness.ROOT)}")
    return configurations


def _print(configurations: dict) -> None:
    bare = {row["clients"]: row for row in configurations[BARE]}
    rows = []
    for name, measured in configurations.items():
        for row in measured:
            baseline = bare[row["clients"]]
            rows.append(
                [
                    name,
                    str(row["clients"]),
                    f"{row['p50_ms']:.1f}",
                    f"{row['p99_ms']:.1f}",
                    f"{row['delivered_per_s']:.0f}",
                    str(row["lost"]),
                    str(row["duplicated"]),
                    f"{row['p99_ms'] / baseline['p99_ms']:.2f}",
                    f"{row['delivered_per_s'] / baseline['delivered_per_s']:.2f}",
                    f"{row['server_cpu_percent']:.0f}",
                    f"{row['connect_s']:.1f}",
                    str(row["connect_retries"]),
                ]
            )
    harness.print_table(
        f"Live room ({SENDERS} senders x {RATE:g} messages/s for {SECONDS} s, one room)",
        [
            "server",
            "clients",
            "p50 ms",
            "p99 ms",
            "delivered/s",
            "lost",
            "duplicated",
            "p99 ratio to bare",
            "delivered ratio",
            "server CPU %",
            "connect s",
            "retries",
        ],
        rows,
    )
