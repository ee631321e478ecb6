"""Room events are framed once for every member when daphne serves the room, and reach each
member whole; any other server gets them through ASGI."""

import asyncio
import json

import pytest
from websockets.asyncio.client import connect

from academy.live.wire import FrameWriter, SharedFrame
from bench import harness
from tests.live.daphne_probe import TEXTS
from tests.live.served_room import hears, join, open_room_for_two
from tests.served import server_env


@pytest.mark.asyncio
async def test_daphne_writes_one_framing_of_each_frame_to_every_connection_whole():
    port = harness.free_port()
    command = [str(harness.BIN / "daphne"), "-b", "127.0.0.1", "-p", str(port)]
    url = f"ws://127.0.0.1:{port}/"
    with harness.server(
        [*command, "tests.live.daphne_probe:application"],
        env={},
        url=f"http://127.0.0.1:{port}",
        name="wire-probe",
    ):
        async with connect(url, max_size=None) as first, connect(url, max_size=None) as second:
            for member in (first, second):
                said = json.loads(await asyncio.wait_for(member.recv(), 10))
                # Had daphne changed how it hands a connection its `send`, rooms would still
                # work, framing every copy again: the benchmark would be the only one to notice.
                assert said == {"framed_once": True}
                assert [await asyncio.wait_for(member.recv(), 10) for _ in TEXTS] == TEXTS


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_members_of_a_room_on_one_daphne_read_a_long_message_in_several_scripts():
    session, (ada, _ben), cookies = await open_room_for_two()
    text = ("Grüße aus Köln, 日本語のノート и привет 🙂 " * 30)[:1000]
    with harness.daphne(env=server_env(), name="wire-room") as served:
        writer, reader = [await join(served, session, cookie) for cookie in cookies]
        try:
            await writer.send(json.dumps({"type": "chat.send", "text": text}))
            for member in (reader, writer):
                assert (await hears(member, text))["author"]["id"] == ada.pk
        finally:
            await writer.close()
            await reader.close()


@pytest.mark.asyncio
async def test_a_connection_another_server_serves_gets_the_text_through_asgi():
    sent = []

    async def send(message):
        sent.append(message)

    writer = FrameWriter(send)
    assert writer.protocol is None
    await writer.write(SharedFrame('{"type":"events","events":[]}'))
    assert sent == [{"type": "websocket.send", "text": '{"type":"events","events":[]}'}]
