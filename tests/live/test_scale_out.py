"""Two daphne processes behind one room: members connected to different processes hear each
other, because every process subscribes to the room's group in Redis."""

import asyncio
import json
import os
from contextlib import ExitStack
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from channels.db import database_sync_to_async
from django.db import connection
from django.test import Client
from websockets.asyncio.client import ClientConnection, connect

from academy.live.services import registration
from academy.peers.roles import Role
from bench import harness
from tests.factories import UserFactory, make_session

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("REDIS_URL"),
        reason="needs Redis: two server processes share rooms through it",
    ),
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _server_env() -> dict[str, str]:
    """The test run's own database, Redis and channel prefix, for servers it starts."""
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite":
        database = {"SQLITE_PATH": name}
    else:
        url = urlsplit(os.environ["DATABASE_URL"])
        database = {"DATABASE_URL": url._replace(path=f"/{name}").geturl()}
    return {
        "DJANGO_SETTINGS_MODULE": "academy.settings.test",
        "REDIS_URL": os.environ["REDIS_URL"],
        "CHANNELS_PREFIX": os.environ["CHANNELS_PREFIX"],
        **database,
    }


@database_sync_to_async
def _open_room_for_two():
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


async def _join(served: harness.Served, session, cookie: str) -> ClientConnection:
    member = await connect(
        served.url.replace("http://", "ws://") + f"/ws/live/{session.pk}/",
        origin=served.url,
        additional_headers={"Cookie": cookie},
    )
    await member.send(json.dumps({"type": "resume"}))
    assert (await _next_frame(member))["type"] == "welcome"
    return member


async def _next_frame(member: ClientConnection) -> dict:
    return json.loads(await asyncio.wait_for(member.recv(), timeout=10))


async def _hears(member: ClientConnection, text: str) -> dict:
    """The chat message with this text, once the member receives it (past presence and
    the member's own messages); a timeout fails the test."""
    while True:
        frame = await _next_frame(member)
        for event in frame.get("events", []):
            if event["type"] == "chat.message" and event["message"]["text"] == text:
                return event["message"]


async def test_members_on_two_server_processes_hear_each_other():
    session, (ada, ben), cookies = await _open_room_for_two()
    env = _server_env()
    with ExitStack() as servers:
        first, second = (
            servers.enter_context(harness.daphne(env=env, name=f"scale-out-{number}"))
            for number in (1, 2)
        )
        on_first = await _join(first, session, cookies[0])
        on_second = await _join(second, session, cookies[1])
        try:
            await on_first.send(json.dumps({"type": "chat.send", "text": "Hello from one"}))
            assert (await _hears(on_second, "Hello from one"))["author"]["id"] == ada.pk

            await on_second.send(json.dumps({"type": "chat.send", "text": "And from two"}))
            assert (await _hears(on_first, "And from two"))["author"]["id"] == ben.pk
        finally:
            await on_first.close()
            await on_second.close()
