"""Handing stored events to every server process that has clients in the room."""

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from academy.operations import metrics

# The message type the room's hub reads (see `hub.py`).
EVENTS_MESSAGE = "room.events"


def group_name(session_id: int) -> str:
    return f"live.{session_id}"


def publish(session_id: int, events: list[dict]) -> None:
    """Send events to the room's group. Called after commit: a client never hears of
    something that is not stored."""
    layer = get_channel_layer()
    async_to_sync(layer.group_send)(
        group_name(session_id), {"type": EVENTS_MESSAGE, "events": events}
    )
    metrics.events_broadcast(events)
