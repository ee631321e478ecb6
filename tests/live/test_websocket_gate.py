"""Every websocket passes the origin check first, then must match a route."""

import pytest
from channels.testing import WebsocketCommunicator

from academy.asgi import application
from academy.routing import CLOSE_UNKNOWN_ROUTE


def _communicator(path: str, origin: bytes | None) -> WebsocketCommunicator:
    headers = [(b"host", b"localhost")]
    if origin is not None:
        headers.append((b"origin", origin))
    return WebsocketCommunicator(application, path, headers=headers)


@pytest.mark.asyncio
async def test_unknown_route_is_refused_with_its_own_close_code():
    communicator = _communicator("/ws/nothing-here/", b"http://localhost")
    connected, close_code = await communicator.connect()
    assert not connected
    assert close_code == CLOSE_UNKNOWN_ROUTE


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "origin", [b"http://evil.example", b"http://localhost.evil.example", b"null", None]
)
async def test_foreign_or_missing_origin_is_refused_before_routing(origin):
    communicator = _communicator("/ws/nothing-here/", origin)
    connected, close_code = await communicator.connect()
    assert not connected
    # Refused by the origin check: the router's own close code never comes into play.
    assert close_code != CLOSE_UNKNOWN_ROUTE
