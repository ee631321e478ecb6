"""A small client for the live room in tests: connects through the real ASGI application
(origin check, session cookie, routing) and speaks the protocol. Also the room most tests
start from: a session that began five minutes ago, with its hosts, attendees and others."""

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass, field
from datetime import timedelta

from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.utils import timezone

from academy.asgi import application
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
from tests.factories import UserFactory, make_session


def cookie_for(user) -> bytes:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}".encode()


def _last_event_id(session) -> int:
    state = SessionState.objects.filter(session=session).first()
    return state.last_event_id if state else 0


class Closed(AssertionError):
    """The server closed the connection while the test expected a frame."""

    def __init__(self, code):
        super().__init__(f"closed with {code}")
        self.code = code


class RoomClient:
    def __init__(self, communicator, session, user):
        self.communicator = communicator
        self.session, self.user = session, user
        self.last_id = 0
        self.events: list[dict] = []
        self.unread: list[dict] = []
        self.welcome = None
        self.connected, self.close_code = False, None

    @classmethod
    async def open(cls, session, user=None, *, resume=True, after=None, headers=()):
        headers = [(b"host", b"localhost"), (b"origin", b"http://localhost"), *headers]
        if user is not None:
            headers.append((b"cookie", await in_db(cookie_for, user)))
        communicator = WebsocketCommunicator(application, f"/ws/live/{session.pk}/", headers)
        client = cls(communicator, session, user)
        connected, code = await communicator.connect(timeout=5)
        client.connected, client.close_code = connected, None if connected else code
        if connected and resume:
            # A refused member's connection is accepted and closed at once: close_code says why.
            with contextlib.suppress(Closed):
                client.welcome = await client.resume(after)
        return client

    async def send(self, type_, **fields):
        await self.communicator.send_to(text_data=json.dumps({"type": type_, **fields}))

    async def send_raw(self, text):
        await self.communicator.send_to(text_data=text)

    async def send_bytes(self, data: bytes):
        await self.communicator.send_to(bytes_data=data)

    async def receive(self, timeout=2):
        message = await self.communicator.receive_output(timeout)
        if message["type"] == "websocket.close":
            self.connected, self.close_code = False, message.get("code", 1000)
            raise Closed(self.close_code)
        frame = json.loads(message["text"])
        if frame["type"] == "events":
            for event in frame["events"]:
                if event["id"] is not None:
                    self.last_id = max(self.last_id, event["id"])
                self.events.append(event)
        elif frame["type"] == "welcome":
            self.last_id = frame["last_id"]
        return frame

    async def resume(self, after=None):
        fields = {} if after is None else {"after": after}
        await self.send("resume", **fields)
        while True:
            frame = await self.receive()
            # A presence broadcast (unnumbered) may arrive before the answer, as it does across
            # processes through Redis; the answer is a welcome or the missed events.
            presence_only = (
                frame["type"] == "events"
                and frame["events"]
                and all(event["id"] is None for event in frame["events"])
            )
            if not presence_only:
                return frame

    async def _next_matching(self, match, timeout) -> dict:
        # Events after the match in the same frame wait for the next call.
        while True:
            while self.unread:
                event = self.unread.pop(0)
                if match(event):
                    return event
            frame = await self.receive(timeout)
            assert frame["type"] == "events", frame
            self.unread = list(frame["events"])

    async def next_event(self, type_=None, timeout=2) -> dict:
        """The next numbered event (of this type), skipping presence."""
        return await self._next_matching(
            lambda event: event["id"] is not None and type_ in (None, event["type"]), timeout
        )

    async def event(self, event_id, timeout=2) -> dict:
        """The event with this id, as this client received it."""
        return await self._next_matching(lambda event: event["id"] == event_id, timeout)

    async def presence(self, kind, user, timeout=2) -> dict:
        """The next presence event of this kind about `user`."""
        return await self._next_matching(
            lambda event: event["type"] == kind and event["user"]["id"] == user.pk, timeout
        )

    async def read_until(self, event_id, timeout=2) -> None:
        """Read frames until the event with this id has arrived."""
        while self.last_id < event_id:
            await self.receive(timeout)

    def numbered_ids(self) -> list[int]:
        """The ids of every numbered event received so far, in the order they came."""
        return [event["id"] for event in self.events if event["id"] is not None]

    async def error(self, timeout=2) -> dict:
        while True:
            frame = await self.receive(timeout)
            if frame["type"] == "error":
                return frame

    async def act(self, type_, expect, **fields) -> dict:
        """Send a frame and return the event it caused (events of this type that happened
        before it, not read yet, are passed over)."""
        before = await in_db(_last_event_id, self.session)
        await self.send(type_, **fields)
        return await self._next_matching(
            lambda event: (event["id"] or 0) > before and event["type"] == expect, timeout=2
        )

    async def refused(self, type_, **fields) -> str:
        """Send a frame the room should refuse and return the error code."""
        await self.send(type_, **fields)
        return (await self.error())["code"]

    async def wait_closed(self, timeout=2) -> int:
        """Read on until the server closes the connection; its close code."""
        try:
            while True:
                await self.receive(timeout)
        except Closed as closed:
            return closed.code

    async def nothing_more(self, timeout=0.2) -> bool:
        return await self.communicator.receive_nothing(timeout)

    async def close(self):
        # A connection that timed out in a failing test has already been torn down.
        if not self.communicator.future.done():
            await self.communicator.disconnect(timeout=5)


@dataclass
class Room:
    session: object
    host: object
    cohost: object
    mentor: object
    ada: object
    ben: object
    waiting: object
    outsider: object
    clients: list = field(default_factory=list)

    async def open(self, user=None, *, session=None, **options) -> RoomClient:
        client = await RoomClient.open(session or self.session, user, **options)
        self.clients.append(client)
        return client

    async def close_all(self):
        for client in self.clients:
            await client.close()


def make_room(*, starts_in=timedelta(minutes=-5)) -> Room:
    """A session with a host, a co-host (both peer teachers), a mentor of its topic (a chat
    moderator who is not registered), two registered attendees, one on the waitlist and a
    member with no seat."""
    room = Room(
        session=None,
        host=UserFactory(username="host", roles=[Role.PEER_TEACHER]),
        cohost=UserFactory(username="cohost", roles=[Role.PEER_TEACHER]),
        mentor=UserFactory(username="mentor", roles=[Role.MENTOR]),
        ada=UserFactory(username="ada"),
        ben=UserFactory(username="ben"),
        waiting=UserFactory(username="waiting"),
        outsider=UserFactory(username="outsider"),
    )
    room.session = make_session(
        host=room.host, cohosts=[room.cohost], starts_in=timedelta(days=1), capacity=2
    )
    for user in (room.ada, room.ben, room.waiting):
        registration.register(user=user, session=room.session)
    # Registration closes when a session starts: take the seats first, then move it in time.
    move_session(room.session, starts_in=starts_in)
    return room


def move_session(session, *, starts_in, minutes=60) -> None:
    session.starts_at = timezone.now() + starts_in
    session.ends_at = session.starts_at + timedelta(minutes=minutes)
    session.save(update_fields=["starts_at", "ends_at"])


def seen_ago(session, user, seconds):
    """Pretend the member's last sign of life was this long ago."""
    Participant.objects.filter(session=session, user=user).update(
        last_seen_at=timezone.now() - timedelta(seconds=seconds)
    )


def seconds_present(session, user) -> int:
    return Participant.objects.get(session=session, user=user).seconds_present


def person(user) -> dict:
    """How the room shows a member (test users have no profile name: their username)."""
    return {"id": user.pk, "name": user.username}


def queue(hands) -> list[str]:
    """Who is in the hand queue, in order, by name."""
    return [hand["user"]["name"] for hand in hands]


async def in_db(function, *args, **kwargs):
    """Run a piece of synchronous ORM code from a test."""
    return await database_sync_to_async(function)(*args, **kwargs)


def _rows(session) -> dict:
    return {
        "events": RoomEvent.objects.filter(session=session).count(),
        "messages": ChatMessage.objects.filter(session=session).count(),
        "questions": Question.objects.filter(session=session).count(),
        "votes": QuestionVote.objects.filter(question__session=session).count(),
        "hands": Hand.objects.filter(session=session).count(),
    }


async def rows(session) -> dict:
    """How many rows of each kind the room has stored."""
    return await in_db(_rows, session)


async def stored_event_ids(session) -> list[int]:
    return await in_db(
        lambda: list(
            RoomEvent.objects.filter(session=session)
            .order_by("event_id")
            .values_list("event_id", flat=True)
        )
    )


async def eventually(check, timeout=3):
    """Wait until `check()` (run in the database thread) is true; frames without a reply,
    such as heartbeats, finish on the server a moment after they were sent."""
    deadline = time.monotonic() + timeout
    while not await in_db(check):
        assert time.monotonic() < deadline, "the room never got there"
        await asyncio.sleep(0.02)
