"""Production: every secret and host comes from the environment; unsafe configs refuse to start."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ENV, backends

DEBUG = False


def _required(name: str) -> str:
    value = ENV.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"Set the {name} environment variable: production settings refuse to start without it."
        )
    return value


SECRET_KEY = _required("SECRET_KEY")
TASKS = backends.tasks(ENV, default=backends.QUEUED_TASKS)
ALLOWED_HOSTS = backends.env_list(ENV, "ALLOWED_HOSTS") or _required("ALLOWED_HOSTS").split(",")
CSRF_TRUSTED_ORIGINS = backends.env_list(ENV, "CSRF_TRUSTED_ORIGINS")

if backends.env_bool(ENV, "BEHIND_TLS_PROXY", default=True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = backends.env_bool(ENV, "SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(ENV.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = backends.env_bool(
    ENV, "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
SECURE_HSTS_PRELOAD = backends.env_bool(ENV, "SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = backends.env_bool(ENV, "SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
