"""Websocket routes of live sessions.

`academy/routing.py` mounts them behind the origin and authentication checks.
"""

from django.urls import path

from .consumers import LiveRoomConsumer

websocket_urlpatterns = [
    path("ws/live/<int:session_id>/", LiveRoomConsumer.as_asgi()),
]
