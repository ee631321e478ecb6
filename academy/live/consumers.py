"""The live room's websocket: one consumer per connection at /ws/live/<session id>/.

It validates frames (`protocol.py`), rate-limits them, and hands them to `services.room`,
which stores and broadcasts. Events reach the connection through the process's hub, which
holds them back while the client catches up, so a client sees every event once, in order.
"""

import logging
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.utils.translation import gettext as _

from . import protocol
from .hub import current_hub, encode
from .services import room
from .wire import FrameWriter, SharedFrame

logger = logging.getLogger(__name__)

# Frames a connection may send: a burst of this many, refilled at RATE per second.
BURST = 10
RATE = 4.0
# Events held for a connection that has not caught up yet; beyond this it gets a snapshot.
MAX_HELD = 2000
# Closing a connection the server cannot serve just now: worth reconnecting (RFC 6455 1011).
CLOSE_TRY_AGAIN = 1011


class TokenBucket:
    def __init__(self, *, burst: int, rate: float):
        self.burst, self.rate = burst, rate
        self.tokens, self.updated = float(burst), time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class LiveRoomConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        self.session_id = int(self.scope["url_route"]["kwargs"]["session_id"])
        self.user = self.scope["user"]
        self.session = None
        try:
            self.session = await database_sync_to_async(room.admit)(
                session_id=self.session_id, user=self.user
            )
        except room.RoomRefused as refused:
            # Accepted first: closed before that, a browser sees an HTTP 403 and no close
            # code, and cannot tell "sign in" from "not open yet".
            await self.accept()
            await self.close(code=refused.close_code)
            return
        self.bucket = TokenBucket(burst=BURST, rate=RATE)
        self.catching_up, self.held, self.overflowed = True, [], False
        self.last_sent = 0
        self.writer = FrameWriter(self.base_send)
        await self.accept()
        try:
            await current_hub().join(self.session_id, self)
        except Exception:
            # No events could reach this connection (Redis restarting): the client reconnects.
            logger.exception("Joining the room's events failed")
            self.session = None
            await self.close(code=CLOSE_TRY_AGAIN)
            return
        await database_sync_to_async(room.enter)(session=self.session, user=self.user)

    async def disconnect(self, code):
        if self.session is None:
            return
        await current_hub().leave(self.session_id, self)
        await database_sync_to_async(room.leave)(session=self.session, user=self.user)

    async def receive(self, text_data=None, bytes_data=None):
        if self.session is None:
            return  # refused and closing: frames the client sent meanwhile are dropped
        ref = None
        try:
            # Every frame takes a token, bad ones too; the frame is read first so that a
            # refusal names the message the client should offer to send again.
            limited = not self.bucket.take()
            frame = protocol.parse(text_data if bytes_data is None else bytes_data)
            ref = frame.ref
            if limited:
                raise protocol.ProtocolError(
                    "rate_limited", _("Slow down a little: too many messages at once.")
                )
            await self.handle(frame)
        except room.RoomRefused as refused:
            await self.close(code=refused.close_code)
        except protocol.ProtocolError as error:
            if error.ref is None:  # an empty ref is a ref too, and comes back
                error.ref = ref
            await self.send_frame(error.frame())
        except Exception:
            logger.exception("A live room frame failed")
            error = protocol.ProtocolError("server_error", _("Something went wrong; try again."))
            error.ref = ref
            await self.send_frame(error.frame())

    async def handle(self, frame: protocol.Frame) -> None:
        if frame.type == "resume":
            await self.catch_up(frame.get("after"))
        elif frame.type == "heartbeat":
            await database_sync_to_async(room.heartbeat)(session=self.session, user=self.user)
        elif self.catching_up:
            raise protocol.ProtocolError("not_joined", _("Send resume first."), frame.ref)
        else:
            await database_sync_to_async(room.perform)(
                session_id=self.session_id, user=self.user, frame=frame
            )

    async def catch_up(self, after: int | None) -> None:
        """Send what the client missed, then release the live events held meanwhile."""
        self.catching_up, self.held, self.overflowed = True, [], False
        reply = await database_sync_to_async(room.catch_up)(
            session=self.session, user=self.user, after=after
        )
        if reply["type"] == "welcome":
            self.last_sent = reply["last_id"]
        else:
            ids = [event["id"] for event in reply["events"]]
            self.last_sent = max([after or 0, *ids])
        await self.send_frame(reply)
        if self.overflowed:
            # Too much happened while catching up: start again from where this reply ended.
            await self.catch_up(self.last_sent)
            return
        held = [event for event in self.held if self._is_new(event)]
        self.catching_up, self.held = False, []
        if held:
            await self.send_frame({"type": "events", "events": held})

    def _is_new(self, event: dict) -> bool:
        if event["id"] is None:
            return True
        if event["id"] <= self.last_sent:
            return False
        self.last_sent = event["id"]
        return True

    async def deliver(self, events: list[dict], frame: SharedFrame) -> None:
        """Called by the hub with a batch of room events, encoded for every member."""
        if self.catching_up:
            if len(self.held) < MAX_HELD:
                self.held.extend(events)
            else:
                self.overflowed = True
            return
        fresh = [event for event in events if self._is_new(event)]
        if len(fresh) == len(events):
            await self.writer.write(frame)
        elif fresh:
            await self.send_frame({"type": "events", "events": fresh})
        if any(self._removes_me(event) for event in fresh):
            await self.close(code=room.CLOSE_FORBIDDEN)

    def _removes_me(self, event: dict) -> bool:
        return (
            event["type"] == "participant.updated"
            and event["removed"]
            and event["user"]["id"] == self.user.pk
        )

    async def send_frame(self, frame: dict) -> None:
        await self.send(text_data=encode(frame))
