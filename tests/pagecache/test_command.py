"""`manage.py purge_page_cache`, for an operator who suspects stale pages; and purges reach
every process through the cache they share."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from academy.courses.models import CoursePage
from tests.factories import make_course

from .helpers import cached, text

pytestmark = pytest.mark.django_db

RENAMED = "Retrospectives, renamed behind the cache's back"


def _stale_page(client):
    """A cached course whose title changed in the database without a purge."""
    course = make_course("Running retrospectives")
    cached(course.url, client)
    CoursePage.objects.filter(pk=course.pk).update(title=RENAMED)
    assert "Running retrospectives" in text(client.get(course.url))
    return course


def _assert_rendered_again(client, course):
    response = client.get(course.url)
    assert response["X-Cache"] == "MISS"
    assert RENAMED in text(response)


def test_the_command_purges_every_cached_page(client, page_cache, settings, tmp_path):
    # A cache in files is shared by the processes of one host, as Redis is by all of them.
    backend = "django.core.cache.backends.filebased.FileBasedCache"
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": str(tmp_path)}}
    course = _stale_page(client)
    out = StringIO()
    call_command("purge_page_cache", stdout=out)
    assert out.getvalue().strip() == "Cached pages purged."
    _assert_rendered_again(client, course)


def test_the_command_refuses_a_cache_it_cannot_share_with_the_server(settings):
    backend = "django.core.cache.backends.locmem.LocMemCache"
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": "elsewhere"}}
    with pytest.raises(CommandError, match="restart the web server"):
        call_command("purge_page_cache")


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a Redis shared by processes")
def test_a_purge_in_another_process_reaches_this_one(client, page_cache, settings):
    course = _stale_page(client)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings.dev",
        "CACHE_KEY_PREFIX": settings.CACHES["default"]["KEY_PREFIX"],
    }
    subprocess.run(
        [sys.executable, "manage.py", "purge_page_cache"],
        cwd=Path(settings.BASE_DIR),
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    _assert_rendered_again(client, course)
