"""ASGI entry point: HTTP goes to Django, websockets to the Channels router.

`get_asgi_application()` runs before anything imports models, so the app registry
is ready when the websocket routes (and their consumers) are imported.
"""

import gc
import os

import sentry_sdk
from django.core.asgi import get_asgi_application
from sentry_sdk.integrations.asgi import SentryAsgiMiddleware

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.production")

django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from academy.operations.middleware import WebsocketRequestIdMiddleware  # noqa: E402
from academy.routing import websocket_urlpatterns  # noqa: E402
from academy.websocket_session import websocket_auth  # noqa: E402

# The request id comes first, so that everything a connection logs carries it.
websocket_app = WebsocketRequestIdMiddleware(
    AllowedHostsOriginValidator(websocket_auth(URLRouter(websocket_urlpatterns)))
)
if sentry_sdk.get_client().is_active():
    # Django's integration covers HTTP; a consumer's crash is reported through this one.
    websocket_app = SentryAsgiMiddleware(websocket_app)

application = ProtocolTypeRouter({"http": django_asgi_app, "websocket": websocket_app})

# Garbage collection, tuned for a process holding hundreds of websockets (measured with
# 500 members in a room, bench/live.py). What startup loaded (Django, Wagtail, every app:
# about 200,000 objects) lives as long as the process: frozen, full collections skip it,
# which cuts their pause from about 150 ms to 50. And a fan-out allocates thousands of
# short-lived objects at once: collecting the young generation every 700 allocations moved
# them to the old one, which then filled and forced a full collection every few seconds;
# every 20,000 they are gone before it looks.
gc.freeze()
gc.set_threshold(20_000, 10, 10)
