"""The session a websocket was opened with, for Channels' `AuthMiddleware` to find the member.

Channels' `SessionMiddleware` also wraps every frame sent, to save the session when it
changed; only an HTTP response can carry that, so over a websocket the check never saves
anything, yet it ran once per member for each message of a live room (bench/README.md,
"live"). A websocket never changes its session here: reading it is all it needs."""

from importlib import import_module

from channels.auth import AuthMiddleware
from channels.middleware import BaseMiddleware
from channels.sessions import CookieMiddleware
from django.conf import settings


class WebsocketSessionMiddleware(BaseMiddleware):
    async def __call__(self, scope, receive, send):
        store = import_module(settings.SESSION_ENGINE).SessionStore
        # Loaded lazily, by `AuthMiddleware` in a database thread.
        session = store(scope["cookies"].get(settings.SESSION_COOKIE_NAME))
        return await super().__call__(dict(scope, session=session), receive, send)


def websocket_auth(inner):
    """Cookies, the session and the member, as `channels.auth.AuthMiddlewareStack` gives them,
    without wrapping what is sent."""
    return CookieMiddleware(WebsocketSessionMiddleware(AuthMiddleware(inner)))
