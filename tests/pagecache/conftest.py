import pytest


@pytest.fixture
def page_cache(settings):
    """The page cache on, as in production. Every test has a cache namespace of its own
    (tests/conftest.py), so nothing cached here reaches another test."""
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the purge) as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
