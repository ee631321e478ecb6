"""What Prometheus scrapes at /metrics, and who may scrape it."""

import pytest

from academy.live.tasks import send_reminders

from .conftest import run_python, sample

LATENCY = "django_http_requests_latency_seconds_by_view_method_count"
QUEUE_DEPTH = "academy_task_queue_depth"


def _scrape(client) -> bytes:
    response = client.get("/metrics")
    assert response.status_code == 200
    return response.content


@pytest.mark.django_db
def test_request_latency_is_counted_per_view(client):
    before = sample(_scrape(client), LATENCY, view="healthz", method="GET") or 0
    client.get("/healthz")
    client.get("/healthz")
    assert sample(_scrape(client), LATENCY, view="healthz", method="GET") == before + 2


@pytest.mark.django_db
def test_waiting_tasks_are_counted_per_queue(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    assert sample(_scrape(client), QUEUE_DEPTH, queue="default") == 0
    send_reminders.enqueue()
    send_reminders.enqueue()
    assert sample(_scrape(client), QUEUE_DEPTH, queue="default") == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "extra", "allowed"),
    [
        ("127.0.0.1", {}, True),
        ("::1", {}, True),
        ("::ffff:127.0.0.1", {}, True),
        ("203.0.113.9", {}, False),
        # Behind nginx every request comes from 127.0.0.1: the client it names decides.
        ("127.0.0.1", {"HTTP_X_FORWARDED_FOR": "203.0.113.9"}, False),
        ("127.0.0.1", {"HTTP_X_FORWARDED_FOR": "127.0.0.1"}, True),
        ("10.20.30.40", {}, True),
    ],
)
def test_only_allowed_addresses_may_scrape(client, settings, address, extra, allowed):
    settings.METRICS_ALLOWED_IPS = ["127.0.0.1", "::1", "10.0.0.0/8"]
    response = client.get("/metrics", REMOTE_ADDR=address, **extra)
    assert response.status_code == (200 if allowed else 404)
    assert (b"academy_" in response.content) == allowed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("authorization", "allowed"),
    [("Bearer scrape-me-0123456789", True), ("Bearer wrong", False), ("", False)],
)
def test_the_bearer_token_lets_any_address_scrape(client, settings, authorization, allowed):
    settings.METRICS_TOKEN = "scrape-me-0123456789"
    response = client.get("/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION=authorization)
    assert response.status_code == (200 if allowed else 404)


MULTIPROCESS_WRITER = """
import django
django.setup()
from academy.operations import metrics
metrics.connection_opened(5)
metrics.connection_opened(5)
metrics.events_broadcast([{"id": 1, "type": "chat.message"}])
"""

MULTIPROCESS_SCRAPER = """
import django
django.setup()
from django.test import Client
client = Client()
client.get("/healthz")
print(client.get("/metrics").content.decode())
"""


def test_processes_sharing_the_multiprocess_directory_are_scraped_as_one(tmp_path):
    """A daphne process counts connections; a gunicorn worker's /metrics reports them."""
    env = {
        "DJANGO_SETTINGS_MODULE": "academy.settings.test",
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics"),
        "SQLITE_PATH": str(tmp_path / "db.sqlite3"),
    }
    (tmp_path / "metrics").mkdir()
    run_python(["-c", MULTIPROCESS_WRITER], **env)
    scraped = run_python(["-c", MULTIPROCESS_SCRAPER], **env).stdout
    assert sample(scraped, "academy_live_connections", session="5") == 2
    assert sample(scraped, "academy_live_events_broadcast_total", type="chat.message") == 1
    assert sample(scraped, LATENCY, view="healthz", method="GET") == 1
