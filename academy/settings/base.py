"""Settings shared by every environment.

Backing services are picked from environment variables in `backends.py`; with none
set the academy runs fully embedded (SQLite, in-memory channel layer and cache,
database search, tasks run immediately, email to the console).
"""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from . import backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
ENV = os.environ

DEBUG = False
ALLOWED_HOSTS = backends.env_list(ENV, "ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = backends.env_list(ENV, "CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # daphne first: it replaces runserver with an ASGI server.
    "daphne",
    "cms",
    "academy.courses",
    "academy.peers",
    "academy.live",
    "academy.community",
    "academy.pagecache",
    "academy.experiments",
    "academy.insights",
    "search",
    "academy.operations",
    "academy.charts",
    "wagtail.contrib.forms",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After Wagtail's admin, whose workflow emails it replaces (see its apps.py).
    "academy.notifications",
    "modelcluster",
    "taggit",
    "django_filters",
    "channels",
    # The task queue of production (`TASKS_BACKEND`, docs/operations.md); its tables exist
    # everywhere so that any environment can switch to it.
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First and last, so that request counts and latencies cover every other middleware.
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "academy.operations.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Assigns home page visitors to an experiment's variant, which the page cache below keys
    # its pages by; sets the cookie on the way out, also on cached pages (decision 54).
    "academy.experiments.middleware.ExperimentMiddleware",
    # Counts views of Wagtail pages, those answered from the cache too (decision 52).
    "academy.insights.middleware.VisitCountingMiddleware",
    # Answers anonymous visitors from the cache before the middleware below (decision 42).
    "academy.pagecache.middleware.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "academy.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "academy.wsgi.application"
ASGI_APPLICATION = "academy.asgi.application"

# Backing services -----------------------------------------------------------

DATABASES = backends.databases(
    ENV, sqlite_path=Path(ENV.get("SQLITE_PATH", BASE_DIR / "db.sqlite3"))
)
if backends.uses_postgres(DATABASES):
    INSTALLED_APPS.append("django.contrib.postgres")
CHANNEL_LAYERS = backends.channel_layers(ENV)
CACHES = backends.caches(ENV)
# Anonymous visitors' pages, purged on publish (docs/operations.md). Off unless asked for, so
# authors see their edits at once; production turns it on with Redis.
PAGE_CACHE_SECONDS = backends.page_cache_seconds(ENV, default=0)
TASKS = backends.tasks(ENV)
ELASTICSEARCH_URL = ENV.get("ELASTICSEARCH_URL", "")
# Each kind of catalogue entry is searched through the alias "<prefix>-<kind>".
ELASTICSEARCH_INDEX_PREFIX = ENV.get("ELASTICSEARCH_INDEX_PREFIX", "academy-catalogue")
CATALOGUE_SEARCH_BACKEND = backends.catalogue_search_backend(ENV)
WAGTAILSEARCH_BACKENDS = backends.search_backends(DATABASES)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Accounts -------------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_FORMS = {"login": "academy.peers.forms.SignInForm"}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Failed logins are rate limited through the cache: 10 a minute per IP address, and
# 5 per account in 5 minutes. Other allauth limits (signup, password reset) keep their defaults.
ACCOUNT_RATE_LIMITS = {"login_failed": ENV.get("LOGIN_FAILED_RATE_LIMIT", "10/m/ip,5/300s/key")}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Peer Academy] "
# Names of pages below /people/ that would hide a member's profile of the same name.
ACCOUNT_USERNAME_BLACKLIST = ["badges", "me", "community", "leaderboard", "join", "report"]
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = True
# Password resets go through the account pages, which are rate limited.
WAGTAIL_PASSWORD_RESET_ENABLED = False

EMAIL_BACKEND = backends.email_backend(ENV)
EMAIL_HOST = ENV.get("EMAIL_HOST", "")
EMAIL_PORT = int(ENV.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = ENV.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = ENV.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = backends.env_bool(ENV, "EMAIL_USE_TLS", default=True)
DEFAULT_FROM_EMAIL = ENV.get("DEFAULT_FROM_EMAIL", "Peer Academy <academy@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Internationalisation -------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("de", _("German")), ("es", _("Spanish"))]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_SECURE = False
# The cookie of an experiment's variant (academy/experiments); production sends it over
# HTTPS only.
EXPERIMENT_COOKIE_SECURE = False

# Static files and media -----------------------------------------------------

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(ENV.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(ENV.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = backends.storages(ENV)
# Where `manage.py backup` writes its archives (docs/operations.md, "Backups and restore").
BACKUP_DIR = Path(ENV.get("BACKUP_DIR", BASE_DIR / "backups"))
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail --------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Peer Academy"
WAGTAILADMIN_BASE_URL = ENV.get("SITE_URL", "http://127.0.0.1:8000")
# The admin asks no third party anything: no Gravatar avatars (members' email hashes would
# leave the site), no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents are served as downloads so that uploaded HTML or SVG never runs in our origin.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Logging --------------------------------------------------------------------

LOGGING = backends.logging_config(ENV, default_format="plain")

# Visits (academy/insights, docs/insights.md) ------------------------------------

# Count views and visitors of Wagtail pages, privately (decision 52).
COUNT_VISITS = backends.env_bool(ENV, "COUNT_VISITS", default=True)
# Each process writes the views it counted at least this often, or after this many views.
VISITS_FLUSH_SECONDS = float(ENV.get("VISITS_FLUSH_SECONDS", "5"))
VISITS_FLUSH_VIEWS = int(ENV.get("VISITS_FLUSH_VIEWS", "500"))
# Proxies whose last X-Forwarded-For hop names the visitor's address (nginx on this host).
VISITS_TRUSTED_PROXIES = backends.env_list(ENV, "VISITS_TRUSTED_PROXIES", "127.0.0.1,::1")

# Health and metrics (academy/operations, docs/operations.md) -------------------

# Seconds each readiness check of /readyz may take before it counts as failed.
READINESS_TIMEOUT = float(ENV.get("READINESS_TIMEOUT", "2"))
# /metrics answers these addresses or networks, and requests with the bearer token; others 404.
METRICS_ALLOWED_IPS = backends.env_list(ENV, "METRICS_ALLOWED_IPS", "127.0.0.1,::1")
METRICS_TOKEN = ENV.get("METRICS_TOKEN", "")
