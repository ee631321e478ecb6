"""The live room's log lines carry the request id of the websocket connection."""

import re

import pytest

from academy.live.services import room as room_service
from tests.live.conftest import room  # noqa: F401 - the live room fixture
from tests.live.room_client import RoomClient

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


async def test_a_connections_log_lines_carry_its_request_id(room, json_log, monkeypatch):  # noqa: F811
    def fail(**kwargs):
        raise RuntimeError("the room broke")

    monkeypatch.setattr(room_service, "perform", fail)
    ada = await room.open(room.ada, headers=[(b"x-request-id", b"ws-from-nginx-1")])
    ben = await room.open(room.ben)
    for client in (ada, ben):
        await client.send("chat.send", text="Hello")
        assert (await client.error())["code"] == "server_error"

    lines = json_log.with_message("A live room frame failed")
    assert len(lines) == 2
    assert lines[0]["request_id"] == "ws-from-nginx-1"
    assert re.fullmatch(r"[0-9a-f]{32}", lines[1]["request_id"])
    assert all("RuntimeError: the room broke" in line["exception"] for line in lines)


async def test_an_absurd_websocket_request_id_is_replaced(room, json_log, monkeypatch):  # noqa: F811
    monkeypatch.setattr(room_service, "perform", lambda **kwargs: 1 / 0)
    client = await RoomClient.open(
        room.session, room.ada, headers=[(b"x-request-id", b"not sane; at all")]
    )
    room.clients.append(client)
    await client.send("chat.send", text="Hello")
    await client.error()
    [line] = json_log.with_message("A live room frame failed")
    assert re.fullmatch(r"[0-9a-f]{32}", line["request_id"])
