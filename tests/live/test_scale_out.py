"""Two daphne processes behind one room: members connected to different processes hear each
other, because every process subscribes to the room's group in Redis."""

import json
import os
from contextlib import ExitStack

import pytest

from bench import harness
from tests.live.served_room import hears, join, open_room_for_two
from tests.served import server_env

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("REDIS_URL"),
        reason="needs Redis: two server processes share rooms through it",
    ),
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


async def test_members_on_two_server_processes_hear_each_other():
    session, (ada, ben), cookies = await open_room_for_two()
    env = server_env()
    with ExitStack() as servers:
        first, second = (
            servers.enter_context(harness.daphne(env=env, name=f"scale-out-{number}"))
            for number in (1, 2)
        )
        on_first = await join(first, session, cookies[0])
        on_second = await join(second, session, cookies[1])
        try:
            await on_first.send(json.dumps({"type": "chat.send", "text": "Hello from one"}))
            assert (await hears(on_second, "Hello from one"))["author"]["id"] == ada.pk

            await on_second.send(json.dumps({"type": "chat.send", "text": "And from two"}))
            assert (await hears(on_first, "And from two"))["author"]["id"] == ben.pk
        finally:
            await on_first.close()
            await on_second.close()
