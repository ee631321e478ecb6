"""One subscription per server process and room, fanning events out to its connections.

The plain Channels pattern subscribes every connection to the room's group, so a message to
500 members is 500 channel-layer deliveries, each able to overflow and drop. Here a process
subscribes once per room; events that arrive within a few milliseconds are coalesced, encoded
once, and the same text is written to every local connection. There is no database query per
recipient. Hubs are per event loop (a test run starts many loops).
"""

import asyncio
import json
import logging
import weakref

from channels.layers import get_channel_layer

from .broadcast import EVENTS_MESSAGE, group_name

logger = logging.getLogger(__name__)

# Events arriving within this many seconds go out as one frame.
BATCH_WINDOW = 0.005
# How long to wait before reading again after the channel layer failed (Redis restarting).
RETRY_DELAY = 0.5


def encode(frame: dict) -> str:
    return json.dumps(frame, separators=(",", ":"), ensure_ascii=False)


class _Room:
    def __init__(self, channel: str):
        self.channel = channel
        self.connections: set = set()
        self.pending: list[dict] = []
        self.flush_handle: asyncio.TimerHandle | None = None
        # Batches wait here for the one writer of the room, which keeps them in order.
        self.outbox: asyncio.Queue = asyncio.Queue()
        self.tasks: list[asyncio.Task] = []


class Hub:
    def __init__(self, layer):
        self.layer = layer
        self.rooms: dict[int, _Room] = {}
        self.lock = asyncio.Lock()

    async def join(self, session_id: int, connection) -> None:
        """Start delivering the room's events to `connection` (it has a `deliver` method)."""
        async with self.lock:
            room = self.rooms.get(session_id)
            if room is None:
                room = _Room(await self.layer.new_channel("live.hub."))
                await self.layer.group_add(group_name(session_id), room.channel)
                room.tasks = [
                    asyncio.ensure_future(self._read(room)),
                    asyncio.ensure_future(self._write(room)),
                ]
                self.rooms[session_id] = room
            room.connections.add(connection)

    async def leave(self, session_id: int, connection) -> None:
        async with self.lock:
            room = self.rooms.get(session_id)
            if room is None:
                return
            room.connections.discard(connection)
            if room.connections:
                return
            del self.rooms[session_id]
            for task in room.tasks:
                task.cancel()
            if room.flush_handle is not None:
                room.flush_handle.cancel()
            await self.layer.group_discard(group_name(session_id), room.channel)

    async def _read(self, room: _Room) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                message = await self.layer.receive(room.channel)
            except asyncio.CancelledError:
                raise
            except Exception:
                # Clients notice the gap in event ids and ask for what they missed.
                logger.exception("Reading room events failed; retrying")
                await asyncio.sleep(RETRY_DELAY)
                continue
            if message.get("type") != EVENTS_MESSAGE:
                continue
            room.pending.extend(message["events"])
            if room.flush_handle is None:
                room.flush_handle = loop.call_later(BATCH_WINDOW, self._flush, room)

    def _flush(self, room: _Room) -> None:
        room.flush_handle = None
        # Presence (no id) first, then numbered events in order: two writers' events can
        # cross on the way, and this puts them back in order within a batch.
        events = sorted(room.pending, key=lambda event: event["id"] or 0)
        room.pending = []
        room.outbox.put_nowait((events, encode({"type": "events", "events": events})))

    async def _write(self, room: _Room) -> None:
        while True:
            events, text = await room.outbox.get()
            for connection in list(room.connections):
                try:
                    await connection.deliver(events, text)
                except Exception:
                    logger.exception("Delivering room events to a connection failed")


_hubs: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Hub]" = weakref.WeakKeyDictionary()


def current_hub() -> Hub:
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = Hub(get_channel_layer())
    return hub
