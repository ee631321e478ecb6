"""A websocket application for `test_wire.py` to run under daphne: each connection is told
how its writer reaches the member, then gets the same shared frames as every other
connection, and last how many bytes Twisted still held for its socket after each frame."""

import json

from academy.live.wire import FrameWriter, SharedFrame, buffered

# 7-bit, 16-bit and 64-bit payload lengths, in several scripts; then one longer than Twisted
# writes to a socket at once, and a short one that has to wait behind its rest.
TEXTS = ["Hi", "Grüße, 日本語 и 🙂 " * 50, "ü" * 40_000, "ß" * 300_000, "Tschüss"]
FRAMES = [SharedFrame(text) for text in TEXTS]


async def application(scope, receive, send):
    if scope["type"] == "http":  # the test's "is it up yet"
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})
        return
    await receive()  # websocket.connect
    await send({"type": "websocket.accept"})
    writer = FrameWriter(send)
    said = {"framed_once": writer.protocol is not None, "to_socket": writer.to_socket}
    await send({"type": "websocket.send", "text": json.dumps(said)})
    await receive()  # the member has read it: nothing waits for its socket
    waiting = []
    for frame in FRAMES:
        await writer.write(frame)
        waiting.append(buffered(writer.protocol.transport))
    await send({"type": "websocket.send", "text": json.dumps({"waiting": waiting})})
    while (await receive())["type"] != "websocket.disconnect":
        pass
