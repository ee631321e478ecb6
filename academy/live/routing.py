"""Websocket routes of live sessions; `academy/routing.py` mounts them behind origin and auth checks."""

websocket_urlpatterns: list = []
