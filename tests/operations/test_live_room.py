"""The live room as operators see it: its connections and events in /metrics, and its log
lines carrying the request id of the websocket connection."""

import re
from types import SimpleNamespace

import pytest
from django.test import AsyncClient

from academy.live.services import room as room_service
from tests.live.conftest import room  # noqa: F401 - the live room fixture
from tests.live.room_client import RoomClient

from .conftest import sample

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CONNECTIONS = "academy_live_connections"
BROADCAST = "academy_live_events_broadcast_total"


async def _scrape() -> bytes:
    response = await AsyncClient().get("/metrics")
    assert response.status_code == 200
    return response.content


async def test_open_connections_are_counted_per_room(room):  # noqa: F811
    label = str(room.session.pk)
    before = sample(await _scrape(), CONNECTIONS, session=label) or 0
    ada = await room.open(room.ada)
    await room.open(room.ben)
    assert sample(await _scrape(), CONNECTIONS, session=label) == before + 2
    await ada.close()
    assert sample(await _scrape(), CONNECTIONS, session=label) == before + 1


async def test_rooms_that_do_not_exist_get_no_series(room):  # noqa: F811
    nowhere = SimpleNamespace(pk=987654)
    client = await room.open(room.ada, session=nowhere, resume=False)
    await client.wait_closed()
    assert sample(await _scrape(), CONNECTIONS, session="987654") is None


async def test_broadcast_events_are_counted_by_type(room):  # noqa: F811
    before = sample(await _scrape(), BROADCAST, type="chat.message") or 0
    ada = await room.open(room.ada)
    await ada.act("chat.send", "chat.message", text="Hello")
    await ada.act("chat.send", "chat.message", text="Again")
    assert sample(await _scrape(), BROADCAST, type="chat.message") == before + 2


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
