"""Production: every secret and host comes from the environment; unsafe configs refuse to start."""

from django.core.exceptions import ImproperlyConfigured

from academy.operations.sentry import init_sentry

from .base import *  # noqa: F403
from .base import ENV, backends

DEBUG = False


MIN_SECRET_KEY_LENGTH = 50


def _refuse(message: str):
    raise ImproperlyConfigured(f"{message} Production settings refuse to start otherwise.")


def _required(name: str) -> str:
    value = ENV.get(name, "").strip()
    if not value:
        _refuse(f"Set the {name} environment variable.")
    return value


SECRET_KEY = _required("SECRET_KEY")
if len(SECRET_KEY) < MIN_SECRET_KEY_LENGTH or SECRET_KEY.startswith(("dev-", "test-")):
    _refuse(
        f"Set SECRET_KEY to a random value of at least {MIN_SECRET_KEY_LENGTH} characters "
        "(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )
if backends.env_bool(ENV, "DEBUG", default=False):
    _refuse("Unset the DEBUG environment variable: production never shows debug pages.")
ALLOWED_HOSTS = backends.env_list(ENV, "ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    _refuse("Set the ALLOWED_HOSTS environment variable.")
if "*" in ALLOWED_HOSTS:
    _refuse("Set ALLOWED_HOSTS to the academy's host names, not '*'.")
LOGGING = backends.logging_config(ENV, default_format="json")
TASKS = backends.tasks(ENV, default=backends.QUEUED_TASKS)
# Cached pages are purged through the cache every process shares: a process-local cache would
# purge one process and leave the others serving stale pages (decision 42).
PAGE_CACHE_SECONDS = backends.page_cache_seconds(ENV, default=300 if ENV.get("REDIS_URL") else 0)
if PAGE_CACHE_SECONDS and not ENV.get("REDIS_URL"):
    _refuse(
        "PAGE_CACHE_SECONDS needs REDIS_URL, the cache every process shares: set REDIS_URL, "
        "or PAGE_CACHE_SECONDS=0."
    )
CSRF_TRUSTED_ORIGINS = backends.env_list(ENV, "CSRF_TRUSTED_ORIGINS")

if backends.env_bool(ENV, "BEHIND_TLS_PROXY", default=True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = backends.env_bool(ENV, "SECURE_SSL_REDIRECT", default=True)
# Probes and scrapes over plain HTTP from the host itself get an answer, not a redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
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
EXPERIMENT_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"

# Errors are reported to Sentry when SENTRY_DSN is set; nothing happens otherwise.
init_sentry(ENV)
