"""One subscription per server process and room, fanning events out to its connections.

The plain Channels pattern subscribes every connection to the room's group, so a message to
500 members is 500 channel-layer deliveries, each able to overflow and drop. Here a process
subscribes once per room; events are encoded once (under daphne, framed once too) and the
same frame is written to every local connection (`wire.py`). There is no database query per
recipient. Events that arrive while the room's writer is busy go out together in its next
frame. Hubs are per event loop (a test run starts many loops).
"""

import asyncio
import contextvars
import json
import logging
import weakref

from channels.layers import get_channel_layer

from academy.operations import metrics

from .broadcast import EVENTS_MESSAGE, group_name
from .wire import SharedFrame

logger = logging.getLogger(__name__)

# How long an event waits for an earlier one that is missing: events published by two
# processes can cross on the way, and a client skips an id lower than one it has seen.
GAP_WINDOW = 0.005
# How long to wait before reading again after the channel layer failed (Redis restarting).
RETRY_DELAY = 0.5
# Connections written between two returns to the event loop: the loop reads incoming frames
# meanwhile, and where a transport sends only when the loop gets back to it (TLS, compression,
# other servers: `wire.py`), the first member of 500 does not wait for the last one's frame.
FLUSH_EVERY = 25


def encode(frame: dict) -> str:
    return json.dumps(frame, separators=(",", ":"), ensure_ascii=False)


class _Room:
    def __init__(self, channel: str):
        self.channel = channel
        self.connections: set = set()
        # Received, waiting for an earlier event; then ready, waiting for the room's one writer.
        self.pending: list[dict] = []
        self.ready: list[dict] = []
        self.wake = asyncio.Event()
        # The highest event id released to the writer; None until the first window has passed.
        self.last_id: int | None = None
        self.window: asyncio.TimerHandle | None = None
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
                # The room's tasks serve every connection: started in a context of their own,
                # they do not log with the request id of the connection that opened the room.
                loop = asyncio.get_running_loop()
                room.tasks = [
                    loop.create_task(self._read(room), context=contextvars.Context()),
                    loop.create_task(self._write(room), context=contextvars.Context()),
                ]
                self.rooms[session_id] = room
            if connection not in room.connections:
                room.connections.add(connection)
                metrics.connection_opened(session_id)

    async def leave(self, session_id: int, connection) -> None:
        async with self.lock:
            room = self.rooms.get(session_id)
            if room is None or connection not in room.connections:
                return
            room.connections.remove(connection)
            metrics.connection_closed(session_id)
            if room.connections:
                return
            del self.rooms[session_id]
            for task in room.tasks:
                task.cancel()
            if room.window is not None:
                room.window.cancel()
            try:
                await self.layer.group_discard(group_name(session_id), room.channel)
            except Exception:
                # The channel layer is away (Redis restarting): its subscription went with it.
                logger.exception("Leaving the room's group failed")

    async def _read(self, room: _Room) -> None:
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
            self._release(room)

    def _release(self, room: _Room, *, waited: bool = False) -> None:
        """Hand the writer every event that is next in line, at once: the room's events are
        numbered without gaps, so nothing can come before it. After a gap the rest waits
        until the missing event arrives or GAP_WINDOW has passed (a lost event: clients
        notice the gap and resume). Presence (no id) never waits."""
        room.pending.sort(key=lambda event: event["id"] or 0)
        released = 0
        for event in room.pending:
            event_id = event["id"]
            if event_id is not None:
                if not waited and (room.last_id is None or event_id > room.last_id + 1):
                    break
                room.last_id = max(room.last_id or 0, event_id)
            released += 1
        if released:
            room.ready.extend(room.pending[:released])
            room.pending = room.pending[released:]
            room.wake.set()
        if not room.pending and room.window is not None:
            room.window.cancel()
            room.window = None
        elif room.pending and room.window is None:
            room.window = asyncio.get_running_loop().call_later(
                GAP_WINDOW, self._window_passed, room
            )

    def _window_passed(self, room: _Room) -> None:
        room.window = None
        self._release(room, waited=True)

    async def _write(self, room: _Room) -> None:
        while True:
            await room.wake.wait()
            room.wake.clear()
            events, room.ready = room.ready, []
            frame = SharedFrame(encode({"type": "events", "events": events}))
            for number, connection in enumerate(list(room.connections), start=1):
                try:
                    await connection.deliver(events, frame)
                except Exception:
                    logger.exception("Delivering room events to a connection failed")
                if number % FLUSH_EVERY == 0:
                    await asyncio.sleep(0)


_hubs: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Hub]" = weakref.WeakKeyDictionary()


def current_hub() -> Hub:
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = Hub(get_channel_layer())
    return hub
