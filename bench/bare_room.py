"""The practical limit of live-room fan-out: a broadcast server with nothing but the
`websockets` library, no authentication, storage or channel layer. It speaks just enough of
the room's protocol for the load generator of `live.py`: a welcome on resume, and each chat
message numbered, encoded once and written to every connection.

Run `python -m bench.bare_room PORT`.
"""

import asyncio
import itertools
import json
import sys
from datetime import UTC, datetime

from websockets.asyncio.server import broadcast, serve

AUTHOR = {"id": 0, "name": "bench"}


def _encode(frame: dict) -> str:
    return json.dumps(frame, separators=(",", ":"), ensure_ascii=False)


async def main(port: int) -> None:
    connections = set()
    event_ids = itertools.count(1)

    async def handler(connection):
        connections.add(connection)
        try:
            async for text in connection:
                frame = json.loads(text)
                if frame["type"] == "resume":
                    await connection.send(_encode({"type": "welcome", "last_id": 0}))
                elif frame["type"] == "chat.send":
                    event_id = next(event_ids)
                    message = {
                        "id": event_id,
                        "author": AUTHOR,
                        "text": frame["text"],
                        "at": datetime.now(UTC).isoformat(),
                    }
                    event = {"id": event_id, "type": "chat.message", "message": message}
                    broadcast(connections, _encode({"type": "events", "events": [event]}))
        finally:
            connections.discard(connection)

    async with serve(handler, "127.0.0.1", port, compression=None, ping_interval=None):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
