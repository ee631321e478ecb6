"""Handing stored events to every server process that has clients in the room."""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from academy.operations import metrics

logger = logging.getLogger(__name__)

# The message type the room's hub reads (see `hub.py`).
EVENTS_MESSAGE = "room.events"


def group_name(session_id: int) -> str:
    return f"live.{session_id}"


def publish(session_id: int, events: list[dict]) -> None:
    """Send events to the room's group. Called after commit: a client never hears of
    something that is not stored.

    A channel layer that cannot take them (Redis restarting) loses them, and that is all: the
    events are stored, so clients notice the gap and resume. Raising here would turn an
    action that was carried out into an error, and the client would send it again."""
    layer = get_channel_layer()
    try:
        async_to_sync(layer.group_send)(
            group_name(session_id), {"type": EVENTS_MESSAGE, "events": events}
        )
    except Exception:
        logger.exception("Publishing room events failed; clients catch up when they resume")
        return
    metrics.events_broadcast(events)
