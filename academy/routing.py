"""Every websocket route of the academy, gathered from the apps that own them."""

from academy.live.routing import websocket_urlpatterns as live_routes

websocket_urlpatterns = [*live_routes]
