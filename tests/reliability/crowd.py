"""What the reliability tests share: a room with many registered members, a member who follows
the live protocol as a client should (applies events in order, resumes after a gap or a
drop, sends a refused message again), every row the room can store, and a private Redis
server that a test may stop and start again."""

import asyncio
import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta

from academy.live.models import (
    ChatMessage,
    Hand,
    Participant,
    Question,
    QuestionVote,
    RoomEvent,
    SessionState,
)
from academy.live.services import registration
from academy.peers.roles import Role
from bench.harness import free_port
from tests.factories import UserFactory, make_session
from tests.live.room_client import Closed, RoomClient, in_db, move_session

# Refusals a client answers by sending the same frame again a little later.
RETRYABLE = {"rate_limited", "server_error"}
# The protocol's own pace: a burst of 10 frames, refilled at 4 a second (consumers.py). A
# member who types faster than that is told to slow down and sends the message again.
SEND_INTERVAL = 0.3
RETRY_DELAY = 0.3
# How long a member waits for its own message to come back before asking what it missed,
# and how often it tries before the test gives up on it.
ANSWER_WITHIN = 3.0
MAX_ATTEMPTS = 20
# The longest a connection may stay silent in these tests: the room always has news sooner.
QUIET_FOR = 60.0
# How long a member keeps trying to reconnect while the server cannot take connections.
RECONNECT_FOR = 20.0


def crowded_room(member_count: int):
    """A session that started five minutes ago, its host and `member_count` registered
    members, all with a seat."""
    host = UserFactory(username="host", roles=[Role.PEER_TEACHER])
    session = make_session(host=host, starts_in=timedelta(days=1), capacity=member_count)
    members = [UserFactory(username=f"member{number:02d}") for number in range(member_count)]
    for member in members:
        registration.register(user=member, session=session)
    # Registration closes when a session starts: take the seats first, then move it in time.
    move_session(session, starts_in=timedelta(minutes=-5))
    return session, host, members


def _stored_rows(session) -> dict:
    state = SessionState.objects.filter(session=session).first()
    return {
        "last_event_id": state.last_event_id if state else 0,
        "events": RoomEvent.objects.filter(session=session).count(),
        "messages": ChatMessage.objects.filter(session=session).count(),
        "questions": Question.objects.filter(session=session).count(),
        "votes": QuestionVote.objects.filter(question__session=session).count(),
        "hands": Hand.objects.filter(session=session).count(),
        "participants": Participant.objects.filter(session=session).count(),
        "muted": Participant.objects.filter(session=session, muted=True).count(),
        "removed": Participant.objects.filter(session=session, removed=True).count(),
        "chat_closed": bool(state and state.chat_closed),
    }


async def stored_rows(session) -> dict:
    """Every row the room stores, counted, and the room's flags."""
    return await in_db(_stored_rows, session)


def stored_chat(session) -> list[tuple[int, str]]:
    """The room's chat as stored: (author id, text), oldest first."""
    return list(
        ChatMessage.objects.filter(session=session).order_by("pk").values_list("author", "text")
    )


@dataclass
class Member:
    """One person in the room with a client that follows docs/live-protocol.md: it applies
    each numbered event once and in order, asks for the range after a gap, resumes after
    reconnecting, and sends a message again when the room says to try later."""

    session: object
    user: object
    history: list[dict] = field(default_factory=list)
    last_applied: int | None = None
    client: RoomClient | None = None
    reader: asyncio.Task | None = None
    resuming: bool = False
    # Messages on their way, by ref: the text and what became of it.
    sending: dict[str, tuple[str, asyncio.Future]] = field(default_factory=dict)
    snapshots: int = 0
    # When live events arrived (not the answers to a resume): the room kept talking.
    heard_live_at: list[float] = field(default_factory=list)
    reconnects: int = 0

    async def connect(self) -> None:
        """Open a connection and resume from the last event applied; while the server cannot
        take connections, try again with a growing delay (bounded)."""
        deadline, delay = time.monotonic() + RECONNECT_FOR, 0.1
        while True:
            try:
                client = await RoomClient.open(self.session, self.user, resume=False)
                assert client.connected, f"refused with {client.close_code}"
                await self._send_resume(client)
                break
            except Exception as failure:  # the server could not take it (Redis away, say)
                if time.monotonic() > deadline:
                    raise AssertionError(f"{self.user} could not reconnect") from failure
                await asyncio.sleep(delay)
                delay = min(delay * 2, 1.0)
        self.client = client
        self.reader = asyncio.create_task(self._read())
        self.reconnects += 1

    async def drop(self) -> None:
        """The network drops: the connection goes, with whatever was on its way."""
        if self.reader is not None:
            self.reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.reader
        if self.client is not None:
            with contextlib.suppress(Exception):
                await self.client.close()
        self.client, self.resuming = None, False
        for _text, outcome in self.sending.values():
            if not outcome.done():
                outcome.set_result("dropped")

    async def say(self, text: str, ref: str) -> None:
        """Send a chat message until the room takes it: again after a refusal worth
        retrying, and after reconnecting when the connection dropped meanwhile. A message
        counts as taken once its event arrives; a member who hears nothing back asks the
        room what it missed."""
        started = time.monotonic()
        for _attempt in range(MAX_ATTEMPTS):
            if self.client is None:
                await self.connect()
            outcome = asyncio.get_running_loop().create_future()
            self.sending[ref] = (text, outcome)
            await self.client.send("chat.send", text=text, ref=ref)
            code = await self._outcome(outcome)
            self.sending.pop(ref, None)
            if code == "taken":
                # The protocol's pace, so that a member rarely hits the rate limit.
                await asyncio.sleep(max(0.0, SEND_INTERVAL - (time.monotonic() - started)))
                return
            assert code in RETRYABLE | {"dropped"}, f"{text!r} refused with {code}"
            await asyncio.sleep(RETRY_DELAY)
        raise AssertionError(f"{text!r} was never taken")

    async def _outcome(self, outcome: asyncio.Future) -> str:
        for _check in range(MAX_ATTEMPTS):
            with contextlib.suppress(TimeoutError):
                return await asyncio.wait_for(asyncio.shield(outcome), ANSWER_WITHIN)
            if self.client is not None and not self.resuming:
                await self._send_resume(self.client)
        raise AssertionError("the room never answered")

    async def wait_for_history(self, length: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while len(self.history) < length and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    async def _send_resume(self, client: RoomClient) -> None:
        self.resuming = True
        fields = {} if self.last_applied is None else {"after": self.last_applied}
        await client.send("resume", ref="resume", **fields)

    async def _read(self) -> None:
        client = self.client
        while True:
            try:
                # Waits for the next frame without polling; cancelled when the member drops.
                frame = await client.receive(timeout=QUIET_FOR)
            except Closed:
                # The server closed the connection (it could not serve the room just now):
                # reconnect and resume, which also tells what became of messages on their way.
                self.client = None
                await self.connect()
                return
            if frame["type"] == "welcome":
                self._start_from(frame)
            elif frame["type"] == "events":
                if "present" in frame:
                    self.resuming = False
                elif any(event["id"] is not None for event in frame["events"]):
                    self.heard_live_at.append(time.monotonic())
                await self._apply(frame["events"], client)
            elif frame["type"] == "error":
                await self._refused(frame, client)

    def _start_from(self, welcome: dict) -> None:
        # A member who already has history and gets a snapshot lost the older messages.
        if self.last_applied is not None:
            self.snapshots += 1
        self.history = [
            {"id": None, "message": message} for message in welcome["state"]["messages"]
        ]
        self.last_applied, self.resuming = welcome["last_id"], False

    async def _apply(self, events: list[dict], client: RoomClient) -> None:
        self._note_taken(events)
        for event in events:
            if event["id"] is None or self.last_applied is None:
                continue
            if event["id"] <= self.last_applied:
                continue  # had it already
            if event["id"] > self.last_applied + 1:
                # A gap: ask for the range once, and skip until the answer brings it.
                if not self.resuming:
                    await self._send_resume(client)
                return
            self.last_applied = event["id"]
            if event["type"] == "chat.message":
                self.history.append(event)

    def _note_taken(self, events: list[dict]) -> None:
        mine = {
            event["message"]["text"]
            for event in events
            if event["type"] == "chat.message" and event["message"]["author"]["id"] == self.user.pk
        }
        for text, outcome in self.sending.values():
            if text in mine and not outcome.done():
                outcome.set_result("taken")

    async def _refused(self, error: dict, client: RoomClient) -> None:
        assert error["code"] in RETRYABLE, error
        if error.get("ref") == "resume":
            await asyncio.sleep(RETRY_DELAY)
            await self._send_resume(client)
            return
        _text, outcome = self.sending.get(error.get("ref"), (None, None))
        if outcome is not None and not outcome.done():
            outcome.set_result(error["code"])

    def texts(self) -> list[tuple[int, str]]:
        return [
            (event["message"]["author"]["id"], event["message"]["text"]) for event in self.history
        ]


async def chat_crowd(
    session, users, *, per_member: int, drops: int, during=None, settle: float = 30.0
) -> list[Member]:
    """Every member connects and sends `per_member` chat messages at the protocol's pace;
    every member drops its connection `drops` times along the way (at staggered points) and
    resumes. `during`, if given, runs alongside (an outage, say). Returns the members once
    each holds as many messages as were sent, or `settle` seconds have passed."""
    members = [Member(session=session, user=user) for user in users]
    for member in members:
        await member.connect()

    async def talk(number: int, member: Member) -> None:
        # Staggered so that some member is always away while the others talk.
        drop_at = {
            (number + step * per_member // (drops + 1)) % per_member for step in range(drops)
        }
        for count in range(per_member):
            if count in drop_at:
                await member.drop()
                await asyncio.sleep(0.05)
                await member.connect()
            await member.say(f"{member.user.username}: message {count}", ref=f"m{count}")

    talking = [talk(number, member) for number, member in enumerate(members)]
    await asyncio.gather(*talking, *([during()] if during else []))
    total = per_member * len(members)
    try:
        for member in members:
            await member.wait_for_history(total, timeout=settle)
    finally:
        for member in members:
            if member.client is not None:
                await member.drop()
    return members


def assert_everyone_holds(members: list[Member], stored: list[tuple[int, str]], *, total: int):
    """What every member sees in the end: the whole chat, in the order the room stored it,
    every message once, and never a snapshot in place of the history they had."""
    assert len(stored) == total, f"{len(stored)} messages stored, {total} sent"
    assert len(set(stored)) == total, "a message was stored twice"
    for member in members:
        assert member.snapshots == 0, f"{member.user} lost its history to a snapshot"
        assert member.texts() == stored, (
            f"{member.user} holds {len(member.history)} of {total} messages, or out of order"
        )


class PrivateRedis:
    """A redis-server of the test's own on a free port, without persistence, that the test
    can kill and start again on the same port (other runs share the machine's Redis)."""

    BINARY = shutil.which("redis-server") or "/usr/bin/redis-server"

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        command = [
            self.BINARY,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ]
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while not self._answers():
            assert self.process.poll() is None, "redis-server exited"
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None

    def _answers(self) -> bool:
        import socket

        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock,
        ):
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
        return False


@contextlib.contextmanager
def private_redis() -> Iterator[PrivateRedis]:
    redis = PrivateRedis()
    redis.start()
    try:
        yield redis
    finally:
        redis.kill()
