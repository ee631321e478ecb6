"""The test suite: fast hashing, email kept in memory, real origin checks."""

from .base import *  # noqa: F403
from .base import ENV, backends

DEBUG = False
SECRET_KEY = "test-only-key-with-enough-length-and-variety-0123456789-abcdef"  # noqa: S105
# A real host list, so websocket origin checks are exercised as in production.
ALLOWED_HOSTS = ["localhost", "testserver", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
if not backends.uses_postgres(DATABASES):  # noqa: F405
    # A file database (not :memory:) so that async consumer tests and threads share it.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test.sqlite3")}  # noqa: F405
if ENV.get("REDIS_URL"):
    # Keep test keys apart from anything else using the same Redis.
    CACHES["default"]["KEY_PREFIX"] = "academy-test"  # noqa: F405
