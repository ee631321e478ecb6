"""Local development and `make demo`: debug on, embedded services unless env vars say otherwise."""

from .base import *  # noqa: F403
from .base import ENV, STORAGES, backends

DEBUG = True
SECRET_KEY = ENV.get("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = backends.env_list(ENV, "ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
# Serve static files straight from the app folders while developing, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
