"""Every websocket route of the academy, gathered from the apps that own them."""

from channels.generic.websocket import WebsocketConsumer
from django.urls import re_path

from academy.live.routing import websocket_urlpatterns as live_routes

# Close code for a websocket path that matches no route (4000-4999 are application codes).
CLOSE_UNKNOWN_ROUTE = 4404


class UnknownRouteConsumer(WebsocketConsumer):
    """Refuse paths no app serves with a clear close code, instead of a server error."""

    def connect(self):
        self.close(code=CLOSE_UNKNOWN_ROUTE)


websocket_urlpatterns = [*live_routes, re_path(r"", UnknownRouteConsumer.as_asgi())]
