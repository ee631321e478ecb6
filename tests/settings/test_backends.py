"""The environment picks the backing services; no variables means everything embedded."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import caches
from django.db import connection

from academy.redis_cache import RedisCache
from academy.settings import backends

EMBEDDED: dict[str, str] = {}
REAL = {
    "DATABASE_URL": "postgres://academy:secret@db.internal:5432/academy",
    "REDIS_URL": "redis://cache.internal:6379/1",
    "ELASTICSEARCH_URL": "http://search.internal:9200",
}


def test_embedded_defaults_use_sqlite_in_wal_mode(tmp_path):
    database = backends.databases(EMBEDDED, sqlite_path=tmp_path / "db.sqlite3")["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]


def test_connections_are_kept_only_when_asked_for_on_either_database(tmp_path):
    kept = {"DATABASE_CONN_MAX_AGE": "60"}
    for env in (EMBEDDED, kept, {**REAL, **kept}):
        database = backends.databases(env, sqlite_path=tmp_path / "db.sqlite3")["default"]
        assert database["CONN_MAX_AGE"] == (60 if env else 0)


def test_database_url_switches_to_postgres(tmp_path):
    database = backends.databases(REAL, sqlite_path=tmp_path / "db.sqlite3")["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["NAME"], database["USER"]) == (
        "db.internal",
        "academy",
        "academy",
    )


def test_channel_layer_is_in_memory_by_default_and_redis_with_redis_url():
    assert backends.channel_layers(EMBEDDED)["default"]["BACKEND"] == (
        "channels.layers.InMemoryChannelLayer"
    )
    redis_layer = backends.channel_layers(REAL)["default"]
    assert redis_layer["BACKEND"].startswith("channels_redis.")
    assert redis_layer["CONFIG"]["hosts"] == [REAL["REDIS_URL"]]


def test_cache_is_local_memory_by_default_and_redis_with_redis_url():
    assert backends.caches(EMBEDDED)["default"]["BACKEND"].endswith("LocMemCache")
    redis_cache = backends.caches(REAL)["default"]
    assert redis_cache["BACKEND"] == "academy.redis_cache.RedisCache"
    assert redis_cache["LOCATION"] == REAL["REDIS_URL"]


def test_the_redis_cache_builds_one_client_not_one_per_operation():
    cache = RedisCache(REAL["REDIS_URL"], {})  # a client connects on its first command only
    assert cache._cache.get_client("page", write=True) is cache._cache.get_client("page")


def test_search_uses_the_database_unless_elasticsearch_is_configured():
    assert backends.catalogue_search_backend(EMBEDDED) == "database"
    assert backends.catalogue_search_backend(REAL) == "elasticsearch"


def test_tasks_run_immediately_and_email_goes_to_the_console_by_default():
    assert backends.tasks(EMBEDDED)["default"]["BACKEND"].endswith("ImmediateBackend")
    assert backends.email_backend(EMBEDDED).endswith("console.EmailBackend")
    assert backends.email_backend({"EMAIL_HOST": "smtp.internal"}).endswith("smtp.EmailBackend")


@pytest.mark.django_db
def test_this_run_talks_to_the_services_its_environment_names():
    """The same suite runs embedded and against PostgreSQL + Redis; check which one this is."""
    expects_postgres = bool(os.environ.get("DATABASE_URL"))
    assert connection.vendor == ("postgresql" if expects_postgres else "sqlite")
    assert ("django.contrib.postgres" in settings.INSTALLED_APPS) == expects_postgres
    if not expects_postgres:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"

    layer_class = type(get_channel_layer()).__name__
    cache_class = type(caches["default"]).__name__
    if os.environ.get("REDIS_URL"):
        assert layer_class == "RedisPubSubChannelLayer"
        assert cache_class == "RedisCache"
    else:
        assert layer_class == "InMemoryChannelLayer"
        assert cache_class == "LocMemCache"


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean_env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=Path(settings.BASE_DIR),
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "academy.settings.production",
    "SECRET_KEY": "k3y-for-the-deploy-check-" + "x7Qp9Lz2" * 6,
    "ALLOWED_HOSTS": "academy.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://academy.example.org",
}


def test_check_deploy_is_clean_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("unsafe", "advice"),
    [
        ({"SECRET_KEY": ""}, "Set the SECRET_KEY environment variable"),
        ({"SECRET_KEY": "short-and-guessable"}, "Set SECRET_KEY to a random value"),
        ({"ALLOWED_HOSTS": ""}, "Set the ALLOWED_HOSTS environment variable"),
        ({"ALLOWED_HOSTS": "*"}, "Set ALLOWED_HOSTS to the academy's host names"),
        ({"DEBUG": "1"}, "Unset the DEBUG environment variable"),
        ({"PAGE_CACHE_SECONDS": "300", "REDIS_URL": ""}, "PAGE_CACHE_SECONDS needs REDIS_URL"),
    ],
)
def test_production_refuses_an_unsafe_configuration_and_names_the_variable(unsafe, advice):
    result = _manage("check", env={**PRODUCTION, **unsafe})

    assert result.returncode != 0
    assert advice in result.stderr


def test_media_is_on_the_filesystem_unless_a_bucket_is_configured():
    default = backends.storages({})["default"]
    bucket = backends.storages(
        {
            "MEDIA_STORAGE": "s3",
            "MEDIA_BUCKET": "academy-media",
            "MEDIA_ENDPOINT_URL": "https://s3.example.org",
        }
    )["default"]

    assert default["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert bucket["BACKEND"] == "storages.backends.s3.S3Storage"
    assert bucket["OPTIONS"]["bucket_name"] == "academy-media"
    assert bucket["OPTIONS"]["endpoint_url"] == "https://s3.example.org"
    # Private files: signed links, never a public-read ACL.
    assert bucket["OPTIONS"]["querystring_auth"] is True
    assert bucket["OPTIONS"]["default_acl"] is None


def test_pages_are_cached_only_when_asked_for_outside_production():
    assert backends.page_cache_seconds(EMBEDDED, default=0) == 0
    assert backends.page_cache_seconds({"PAGE_CACHE_SECONDS": "120"}, default=0) == 120


def test_production_caches_pages_for_five_minutes_with_redis():
    show = "from django.conf import settings; print(settings.PAGE_CACHE_SECONDS)"
    result = _manage(
        "shell", "--no-imports", "-c", show, env={**PRODUCTION, "REDIS_URL": REAL["REDIS_URL"]}
    )
    assert result.stdout.strip() == "300", result.stderr
