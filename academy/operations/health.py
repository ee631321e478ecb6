"""Readiness checks: can this process reach each backing service right now?

Every check is bounded by `READINESS_TIMEOUT` seconds (the Redis cache by its socket timeout,
see `settings/backends.py`), so a dead service makes `/readyz` answer 503 quickly instead of
hanging. Errors are reported as one short line without credentials.
"""

import asyncio
import copy
import math
import re
import time
import uuid

from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.utils import load_backend

from search.backends import get_backend

# libpq waits at least this long for a connection, whatever it is told.
POSTGRES_MIN_CONNECT_TIMEOUT = 2
MAX_ERROR_LENGTH = 200
# Credentials an error text may repeat: user:password@ in URLs, password=... in conninfo.
CREDENTIALS = [
    (re.compile(r"://[^/@\s]+@"), "://***@"),
    (re.compile(r"(password=)\S+", re.IGNORECASE), r"\1***"),
]
# Keys the cache check writes expire by themselves, should the check die before deleting.
CHECK_KEY_TTL = 30


def check_database(timeout: float) -> None:
    """`SELECT 1` on a connection of its own, opened with a connect timeout: the probe never
    holds or breaks the connection of a request, and a full PostgreSQL is not ready either."""
    params = copy.deepcopy(connections.settings[DEFAULT_DB_ALIAS])
    if params["ENGINE"] == "django.db.backends.postgresql":
        params["OPTIONS"]["connect_timeout"] = max(POSTGRES_MIN_CONNECT_TIMEOUT, math.ceil(timeout))
    connection = load_backend(params["ENGINE"]).DatabaseWrapper(params, DEFAULT_DB_ALIAS)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    finally:
        connection.close()


def check_cache(timeout: float) -> None:
    """Write and read back a key of its own. The cache's Redis client is bounded by its own
    socket timeout (`CACHE_SOCKET_TIMEOUT`), the one requests get too."""
    key, value = f"readyz:{uuid.uuid4().hex}", "ok"
    cache.set(key, value, timeout=CHECK_KEY_TTL)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not return what was written")
    cache.delete(key)


def check_channel_layer(timeout: float) -> None:
    """A message sent to a channel of its own comes back, as the live room's events must.
    It runs in an event loop of its own: closing it closes the layer's connections and
    subscriptions (channels_redis keeps one layer per loop)."""

    async def round_trip():
        layer = get_channel_layer()
        channel = await layer.new_channel("readyz.")
        await layer.send(channel, {"type": "readyz.ping"})
        message = await layer.receive(channel)
        if message.get("type") != "readyz.ping":
            raise RuntimeError("the channel layer returned another message")

    asyncio.run(asyncio.wait_for(round_trip(), timeout))


def check_elasticsearch(timeout: float) -> None:
    """The cluster answers at its root, once, within the timeout."""
    client = get_backend().client.options(request_timeout=timeout, max_retries=0)
    client.info()


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "channel_layer": check_channel_layer,
}


def readiness() -> dict[str, dict]:
    """Each check's outcome, by name: {"ok": true | false, "ms": ..., "error": ...}."""
    timeout = settings.READINESS_TIMEOUT
    results = {name: _outcome(check, timeout) for name, check in CHECKS.items()}
    if get_backend().name == "elasticsearch":
        results["search"] = _outcome(check_elasticsearch, timeout)
    else:
        # The database backend searches tables of the database just checked.
        results["search"] = results["database"]
    return results


def _outcome(check, timeout: float) -> dict:
    started = time.monotonic()
    try:
        check(timeout)
    except Exception as error:  # any failure means "not ready"
        outcome = {"ok": False, "error": describe(error)}
    else:
        outcome = {"ok": True}
    outcome["ms"] = round((time.monotonic() - started) * 1000)
    return outcome


def describe(error: BaseException) -> str:
    """One short line an operator can act on, with credentials blanked out."""
    if isinstance(error, TimeoutError):
        return "no answer in time"
    lines = str(error).strip().splitlines()
    text = f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__
    for pattern, blank in CREDENTIALS:
        text = pattern.sub(blank, text)
    return text[:MAX_ERROR_LENGTH]
