"""Pick the backing services from environment variables.

Each function takes the environment as a mapping so that tests can ask what a
given environment would configure without reloading settings. No variable set
means the embedded defaults: SQLite (WAL), in-memory channel layer and cache,
and Wagtail's database search backend.
"""

from collections.abc import Mapping
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def databases(env: Mapping[str, str], *, sqlite_path: Path) -> dict:
    # Seconds a connection is kept between requests or websocket frames (docs/operations.md).
    conn_max_age = int(env.get("DATABASE_CONN_MAX_AGE", "0"))
    url = env.get("DATABASE_URL")
    if url:
        return {
            "default": dj_database_url.parse(
                url, conn_max_age=conn_max_age, conn_health_checks=True
            )
        }
    return {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": sqlite_path,
            "CONN_MAX_AGE": conn_max_age,
            "OPTIONS": {
                # WAL lets readers proceed while one writer commits; IMMEDIATE takes the
                # write lock at BEGIN so concurrent writers queue instead of failing.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }


def uses_postgres(database_settings: dict) -> bool:
    return database_settings["default"]["ENGINE"] == "django.db.backends.postgresql"


def channel_layers(env: Mapping[str, str]) -> dict:
    url = env.get("REDIS_URL")
    if url:
        return {
            "default": {
                # One Redis subscription per process per group: see docs/decisions.md.
                "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
                # Several academies (or test runs) can share one Redis under their own prefix.
                "CONFIG": {"hosts": [url], "prefix": env.get("CHANNELS_PREFIX", "asgi")},
            }
        }
    return {
        "default": {
            "BACKEND": "channels.layers.InMemoryChannelLayer",
            # The live room's hub reads its channel all the time; the headroom covers bursts.
            "CONFIG": {"capacity": 1000},
        }
    }


def caches(env: Mapping[str, str]) -> dict:
    url = env.get("REDIS_URL")
    if url:
        # A Redis that stops answering fails requests (and /readyz) after this many seconds
        # instead of holding them forever.
        timeout = float(env.get("CACHE_SOCKET_TIMEOUT", "1"))
        return {
            "default": {
                # Django's, with one Redis client per process instead of one per operation.
                "BACKEND": "academy.redis_cache.RedisCache",
                "LOCATION": url,
                "KEY_PREFIX": env.get("CACHE_KEY_PREFIX", "academy"),
                "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
            }
        }
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "academy",
        }
    }


def page_cache_seconds(env: Mapping[str, str], *, default: int) -> int:
    """How long anonymous visitors' pages are kept (academy/pagecache); 0 turns the cache off."""
    return int(env.get("PAGE_CACHE_SECONDS", str(default)))


def catalogue_search_backend(env: Mapping[str, str]) -> str:
    """Which backend `search/` uses for the catalogue: "elasticsearch" or "database"."""
    return "elasticsearch" if env.get("ELASTICSEARCH_URL") else "database"


def search_backends(database_settings: dict) -> dict:
    """Wagtail's database search: SQLite FTS5, or on PostgreSQL the academy's subclass that
    stems each entry in its own language (docs/decisions.md)."""
    if uses_postgres(database_settings):
        return {"default": {"BACKEND": "search.backends.postgres", "SEARCH_CONFIG": "english"}}
    return {"default": {"BACKEND": "wagtail.search.backends.database"}}


IMMEDIATE_TASKS = "django_tasks.backends.immediate.ImmediateBackend"
QUEUED_TASKS = "django_tasks_db.DatabaseBackend"


def tasks(env: Mapping[str, str], *, default: str = IMMEDIATE_TASKS) -> dict:
    """Tasks run inside the request by default; production queues them in the database for
    the worker (`manage.py db_worker`), so emails and index updates survive a restart."""
    backend = env.get("TASKS_BACKEND", default)
    return {"default": {"BACKEND": backend}}


def storages(env: Mapping[str, str]) -> dict:
    """Media on the filesystem (`MEDIA_ROOT`) by default, or in an S3-compatible bucket with
    `MEDIA_STORAGE=s3` (install the `s3` extra). The bucket stays private: every file is
    served through signed, expiring URLs, and documents through the academy's own view."""
    media = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if env.get("MEDIA_STORAGE", "filesystem") == "s3":
        media = {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": env["MEDIA_BUCKET"],
                "endpoint_url": env.get("MEDIA_ENDPOINT_URL") or None,
                "region_name": env.get("MEDIA_REGION") or None,
                "default_acl": None,
                "querystring_auth": True,
                "file_overwrite": False,
            },
        }
    return {
        "default": media,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }


LOG_FORMATS = ("plain", "json")


def logging_config(env: Mapping[str, str], *, default_format: str) -> dict:
    """Log lines go to the console, as plain messages or one JSON object each (`LOG_FORMAT`),
    and carry the request id of the request or websocket connection being served."""
    log_format = env.get("LOG_FORMAT", default_format)
    if log_format not in LOG_FORMATS:
        raise ImproperlyConfigured(f"LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}.")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "academy.operations.logging.RequestIdFilter"}},
        "formatters": {
            "plain": {"format": "%(message)s"},
            "json": {"()": "academy.operations.logging.JsonFormatter"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "filters": ["request_id"],
                "formatter": log_format,
            }
        },
        "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "INFO")},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            # Every immediate task and page action logs at INFO; keep the console readable.
            "django_tasks": {"level": env.get("TASKS_LOG_LEVEL", "WARNING")},
            "wagtail": {"level": env.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        },
    }


def email_backend(env: Mapping[str, str]) -> str:
    if env.get("EMAIL_HOST"):
        return "django.core.mail.backends.smtp.EmailBackend"
    return "django.core.mail.backends.console.EmailBackend"


def env_list(env: Mapping[str, str], name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env.get(name, default).split(",") if item.strip()]


def env_bool(env: Mapping[str, str], name: str, *, default: bool) -> bool:
    value = env.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}
