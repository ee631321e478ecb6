"""A websocket application for `test_wire.py` to run under daphne: each connection is told
whether its writer found daphne's protocol, then gets the same shared frames as every other
connection, one of each length encoding of the websocket protocol."""

import json

from academy.live.wire import FrameWriter, SharedFrame

# 7-bit, 16-bit and 64-bit payload lengths, in several scripts.
TEXTS = ["Hi", "Grüße, 日本語 и 🙂 " * 50, "ü" * 40_000]
FRAMES = [SharedFrame(text) for text in TEXTS]


async def application(scope, receive, send):
    if scope["type"] == "http":  # the test's "is it up yet"
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})
        return
    await receive()  # websocket.connect
    await send({"type": "websocket.accept"})
    writer = FrameWriter(send)
    said = json.dumps({"framed_once": writer.protocol is not None})
    await send({"type": "websocket.send", "text": said})
    for frame in FRAMES:
        await writer.write(frame)
    while (await receive())["type"] != "websocket.disconnect":
        pass
