import pytest

from academy.insights.services import visits

# A browser's user agent: what a person reading the academy sends.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(autouse=True)
def fresh_counter(settings):
    """Each test starts with nothing counted in this process and no day's salt remembered,
    and writes only when it flushes."""
    settings.VISITS_FLUSH_SECONDS = 3600
    settings.VISITS_FLUSH_VIEWS = 10_000
    visits.discard_pending_views()
    visits.forget_cached_salt()
    yield
    visits.discard_pending_views()
    visits.forget_cached_salt()


@pytest.fixture
def on_day(monkeypatch):
    """Count the views that follow as made on another day."""

    def set_day(day):
        monkeypatch.setattr(visits, "today", lambda: day)

    return set_day
