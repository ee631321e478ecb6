"""A room served by real daphne processes, and members talking to it over the network."""

import asyncio
import json
from datetime import timedelta

from channels.db import database_sync_to_async
from django.test import Client
from websockets.asyncio.client import ClientConnection, connect

from academy.live.services import registration
from academy.peers.roles import Role
from bench import harness
from tests.factories import UserFactory, make_session


@database_sync_to_async
def open_room_for_two():
    """A session that has just started, two registered members and their session cookies."""
    host = UserFactory(username="host", roles=[Role.PEER_TEACHER])
    members = [UserFactory(username="ada"), UserFactory(username="ben")]
    session = make_session(host=host, starts_in=timedelta(hours=1))
    for member in members:
        registration.register(user=member, session=session)
    session.starts_at -= timedelta(hours=1, minutes=5)
    session.ends_at = session.starts_at + timedelta(hours=1)
    session.save()
    cookies = []
    for member in members:
        client = Client()
        client.force_login(member)
        cookies.append(f"sessionid={client.cookies['sessionid'].value}")
    return session, members, cookies


async def join(served: harness.Served, session, cookie: str) -> ClientConnection:
    member = await connect(
        served.url.replace("http://", "ws://") + f"/ws/live/{session.pk}/",
        origin=served.url,
        additional_headers={"Cookie": cookie},
    )
    await member.send(json.dumps({"type": "resume"}))
    assert (await next_frame(member))["type"] == "welcome"
    return member


async def next_frame(member: ClientConnection) -> dict:
    return json.loads(await asyncio.wait_for(member.recv(), timeout=10))


async def hears(member: ClientConnection, text: str) -> dict:
    """The chat message with this text, once the member receives it (past presence and
    the member's own messages); a timeout fails the test."""
    while True:
        frame = await next_frame(member)
        for event in frame.get("events", []):
            if event["type"] == "chat.message" and event["message"]["text"] == text:
                return event["message"]
