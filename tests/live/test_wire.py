"""Room events are framed once for every member when daphne serves the room, and reach each
member whole and in order, written to its socket at once; any other server gets them through
ASGI."""

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
async def test_daphne_writes_one_framing_of_each_frame_to_every_socket_at_once_and_in_order():
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
                # Had daphne or Twisted changed how they hand over a connection, rooms would
                # still work, only slower: the benchmark would be the only one to notice.
                assert said == {"framed_once": True, "to_socket": True}
                await member.send("read")
            for member in (first, second):
                assert [await asyncio.wait_for(member.recv(), 10) for _ in TEXTS] == TEXTS
                waiting = json.loads(await asyncio.wait_for(member.recv(), 10))["waiting"]
                # Short frames left for the socket at once; the longest only in part, and the
                # one after it waited behind its rest instead of overtaking it.
                assert waiting[:2] == [0, 0]
                assert 0 < waiting[3] < waiting[4]


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
