"""Websocket routes of live sessions.

`academy/routing.py` mounts them behind the origin and authentication checks.
"""

websocket_urlpatterns: list = []
