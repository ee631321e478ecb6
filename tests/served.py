"""The environment of a server process a test starts: the test's own database, and the run's
Redis and channel prefix when it has them (each run has its own prefix)."""

import os
from urllib.parse import urlsplit

from django.db import connection


def server_env() -> dict[str, str]:
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite":
        database = {"SQLITE_PATH": name}
    else:
        url = urlsplit(os.environ["DATABASE_URL"])
        database = {"DATABASE_URL": url._replace(path=f"/{name}").geturl()}
    env = {"DJANGO_SETTINGS_MODULE": "academy.settings.test", **database}
    for variable in ("REDIS_URL", "CHANNELS_PREFIX"):
        if os.environ.get(variable):
            env[variable] = os.environ[variable]
    return env
