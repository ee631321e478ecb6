"""Visits are counted without keeping who visited: no address or user agent in any table, in
the cache or in the logs, and each day's salt is gone once the day is over."""

import logging
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from academy.insights.models import DailySalt, TopicVisit, VisitorMark
from academy.insights.services import flush_visits, rollup_insights
from tests.factories import make_course, make_lesson

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.77"
AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 Probe/4711"


def found_in_database(*needles: str) -> list[str]:
    """Every table and column where one of the strings appears, in any row."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            columns = [column[0] for column in cursor.description]
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, memoryview | bytes):
                        value = bytes(value).decode("latin-1")
                    if any(needle in str(value) for needle in needles):
                        found.append(f"{table}.{column}")
    return found


def found_in_cache(*needles: str) -> list[str]:
    """Every cache key whose name or stored value holds one of the strings."""
    entries = {}
    cache = caches["default"]
    if isinstance(cache, LocMemCache):
        entries = dict(cache._cache)
    else:
        client = cache._cache.get_client()
        for key in client.scan_iter(f"{cache.key_prefix}:*"):
            entries[key.decode()] = client.get(key) or b""
    raw = [needle.encode() for needle in needles]
    return [
        str(key)
        for key, value in entries.items()
        if any(needle in str(key) for needle in needles) or any(part in value for part in raw)
    ]


@pytest.fixture
def statements_logged(caplog):
    """Every log line at every level, each SQL statement with its parameters among them."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="django.db.backends")
    database = connections["default"]
    database.force_debug_cursor = True
    yield caplog
    database.force_debug_cursor = False


def test_no_address_or_user_agent_is_kept_anywhere(settings, statements_logged, home_page):
    settings.PAGE_CACHE_SECONDS = 300
    course = make_course("Running retrospectives")
    lesson = make_lesson(course, "Why look back")
    behind_proxy = Client(HTTP_USER_AGENT=AGENT, HTTP_X_FORWARDED_FOR=ADDRESS)
    direct = Client(HTTP_USER_AGENT=AGENT, REMOTE_ADDR=ADDRESS)
    for visitor in (behind_proxy, direct):
        for url in ("/", course.url, lesson.url, course.url):
            assert visitor.get(url).status_code == 200
    assert behind_proxy.get(course.url)["X-Cache"] == "HIT"
    flush_visits()
    assert VisitorMark.objects.count() == 3, "one visitor, on three pages"

    needles = (ADDRESS, AGENT, "Probe/4711")
    assert found_in_database(*needles) == []
    assert found_in_cache(*needles) == []
    assert found_in_cache("pagecache:generation"), "the scan reads the cache the pages use"

    rollup_insights(today=timezone.localdate() + timedelta(days=1))
    assert found_in_database(*needles) == []
    assert (VisitorMark.objects.count(), DailySalt.objects.count()) == (0, 0)
    logged = [record.getMessage() for record in statements_logged.records]
    assert any("insights_visitormark" in line for line in logged), "the scan reads the logs"
    assert [line for line in logged if any(needle in line for needle in needles)] == []


def test_yesterdays_salt_is_gone_after_the_rollup(on_day):
    today = timezone.localdate()
    yesterday = today - timedelta(days=1)
    course = make_course("Running retrospectives")
    on_day(yesterday)
    Client(HTTP_USER_AGENT=AGENT, REMOTE_ADDR=ADDRESS).get(course.url)
    flush_visits()
    assert list(DailySalt.objects.values_list("day", flat=True)) == [yesterday]

    on_day(today)
    rollup_insights()

    assert not DailySalt.objects.exists()
    assert not VisitorMark.objects.exists()
    kept = TopicVisit.objects.filter(topic=None).values_list("day", "views", "visitors")
    assert list(kept) == [(yesterday, 1, 1)], "only the count is left"
