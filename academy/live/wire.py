"""Writing the same frame of room events to many websocket connections.

Through ASGI, each member's copy of an event goes through Channels, daphne and autobahn, and
autobahn frames the text again for every connection: at 500 members that was half of the
time a fan-out took. autobahn can frame a message once and write the same bytes to many
connections (its prepared messages, made for broadcast). When daphne serves a connection,
its writer does that, reaching autobahn's protocol through the ASGI `send` daphne gave the
connection; under any other server, and in tests that drive a consumer directly, the text
goes through ASGI as before (docs/decisions.md, 62).

Twisted then buffers each write until the loop's next turn, registering the socket for writing
and unregistering it afterwards, two system calls per member and frame; asyncio, like the bare
server of the benchmark, tries the socket first. So a frame for a plain TCP connection with
nothing waiting goes to its socket at once, and Twisted keeps only what the socket did not
take (docs/decisions.md, 63).
"""

import functools
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from daphne.ws_protocol import WebSocketProtocol


class SharedFrame:
    """One encoded text frame for every connection of a fan-out, framed at most once."""

    def __init__(self, text: str):
        self.text = text
        self._prepared = None

    def prepared(self, protocol: "WebSocketProtocol"):
        if self._prepared is None:
            self._prepared = protocol.factory.prepareMessage(self.text.encode())
        return self._prepared


def daphne_protocol(send) -> "WebSocketProtocol | None":
    """The daphne websocket behind an ASGI `send`, or None when another server serves it.
    Daphne gives each connection `partial(server.handle_reply, protocol)`: anything else,
    such as a middleware wrapping `send`, keeps the ASGI path.

    Daphne's modules are looked up, not imported: importing `daphne.server` installs
    Twisted's reactor, and a process daphne does not run has not loaded them."""
    servers, protocols = sys.modules.get("daphne.server"), sys.modules.get("daphne.ws_protocol")
    if servers is None or protocols is None:
        return None
    if not isinstance(send, functools.partial) or send.keywords or len(send.args) != 1:
        return None
    server = getattr(send.func, "__self__", None)
    protocol = send.args[0]
    if isinstance(server, servers.Server) and isinstance(protocol, protocols.WebSocketProtocol):
        return protocol
    return None


def buffered(transport) -> int:
    """Bytes Twisted holds for a connection that have not reached its socket yet."""
    return len(transport.dataBuffer) - transport.offset + transport._tempDataLen


def plain_socket(transport) -> bool:
    """Whether writing to the transport's socket is writing to the connection: not TLS, which
    Twisted encrypts on the way, nor a wrapper around another transport."""
    tcp = sys.modules["twisted.internet.tcp"]
    return isinstance(transport, tcp.Connection) and not transport.TLS


def write_now(transport, data: bytes) -> None:
    """Write to the socket at once what it takes, as asyncio does, behind anything Twisted
    still holds for it; Twisted keeps the rest, and finds a lost connection on its own."""
    if buffered(transport) or transport.disconnecting or not transport.connected:
        transport.write(data)
        return
    sent = transport.writeSomeData(data)
    if isinstance(sent, Exception):
        sent = 0
    if sent < len(data):
        transport.write(data[sent:])


class FrameWriter:
    """Writes shared frames to one connection, in order with everything else it is sent:
    every path writes to the socket, or behind what waits for it, before it returns."""

    def __init__(self, send):
        self.send = send
        self.protocol = daphne_protocol(send)
        self.to_socket = self.protocol is not None and plain_socket(self.protocol.transport)

    async def write(self, frame: SharedFrame) -> None:
        protocol = self.protocol
        if protocol is None:
            await self.send({"type": "websocket.send", "text": frame.text})
        elif protocol.state == protocol.STATE_OPEN:
            # What daphne checks before it writes: a closing connection gets nothing more.
            prepared = frame.prepared(protocol)
            # autobahn's own path when it must: a compressed connection deflates each copy,
            # and its send queue holds frames it writes piecewise.
            if self.to_socket and protocol._perMessageCompress is None and not protocol.send_queue:
                write_now(protocol.transport, prepared.payloadHybi)
            else:
                protocol.sendPreparedMessage(prepared)
