"""The test suite: development settings with fast hashing, email kept in memory and a real
host list, so that origin checks are exercised as in production."""

import os
import uuid

from .dev import *  # noqa: F403
from .dev import BASE_DIR, CACHES, DATABASES, ENV, backends

DEBUG = False
SECRET_KEY = "test-only-key-with-enough-length-and-variety-0123456789-abcdef"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "testserver", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests that exercise the page cache turn it on themselves (tests/pagecache).
PAGE_CACHE_SECONDS = 0

VAR_DIR = BASE_DIR / "var"
VAR_DIR.mkdir(exist_ok=True)
# Each database has its own media folder, as CI runs the SQLite and PostgreSQL passes at once
# and restoring a backup makes the folder hold exactly the archive's files.
MEDIA_ROOT = VAR_DIR / (
    "test-media-postgres" if backends.uses_postgres(DATABASES) else "test-media"
)
if not backends.uses_postgres(DATABASES):
    # A file database (not :memory:) so that async consumer tests and threads share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}
if ENV.get("REDIS_URL"):
    # Keep test keys apart from anything else using the same Redis.
    CACHES["default"]["KEY_PREFIX"] = "academy-test"
    # Each run gets its own channel prefix (inherited by servers a test starts), so parallel
    # runs on one Redis never hear each other's rooms.
    os.environ.setdefault("CHANNELS_PREFIX", f"academy-test-{uuid.uuid4().hex[:8]}")
    CHANNEL_LAYERS = backends.channel_layers(os.environ)
# The suite runs on the database backend even when a cluster is configured: the Elasticsearch
# tests (tests/search/elastic) build backends of their own on it, with their own indices.
CATALOGUE_SEARCH_BACKEND = "database"
