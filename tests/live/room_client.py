"""A small client for the live room in tests: connects through the real ASGI application
(origin check, session cookie, routing) and speaks the protocol."""

import json

from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from academy.asgi import application


def _cookie_for(user) -> bytes:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}".encode()


class RoomClient:
    def __init__(self, communicator):
        self.communicator = communicator
        self.last_id = 0
        self.events: list[dict] = []

    @classmethod
    async def open(cls, session, user=None, *, resume=True, after=None):
        headers = [(b"host", b"localhost"), (b"origin", b"http://localhost")]
        if user is not None:
            headers.append((b"cookie", await database_sync_to_async(_cookie_for)(user)))
        communicator = WebsocketCommunicator(application, f"/ws/live/{session.pk}/", headers)
        connected, code = await communicator.connect()
        client = cls(communicator)
        client.connected, client.close_code = connected, code
        if connected and resume:
            client.welcome = await client.resume(after)
        return client

    async def send(self, type_, **fields):
        await self.communicator.send_to(text_data=json.dumps({"type": type_, **fields}))

    async def send_raw(self, text):
        await self.communicator.send_to(text_data=text)

    async def receive(self, timeout=2):
        frame = json.loads(await self.communicator.receive_from(timeout))
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
        return await self.receive()

    async def next_event(self, type_=None, timeout=2) -> dict:
        """The next numbered event (of this type), skipping presence."""
        while True:
            frame = await self.receive(timeout)
            assert frame["type"] == "events", frame
            for event in frame["events"]:
                if event["id"] is not None and (type_ is None or event["type"] == type_):
                    return event

    async def error(self, timeout=2) -> dict:
        while True:
            frame = await self.receive(timeout)
            if frame["type"] == "error":
                return frame

    async def nothing_more(self, timeout=0.2) -> bool:
        return await self.communicator.receive_nothing(timeout)

    async def close(self):
        await self.communicator.disconnect()
