"""The academy's own Prometheus series, next to django-prometheus's request metrics.

With `PROMETHEUS_MULTIPROC_DIR` set (before the process starts), prometheus_client keeps
every process's values in files there, and a scrape of any one gunicorn worker reports the
sum over all processes sharing the directory: the workers, the daphne processes and the
task worker (docs/operations.md).
"""

import logging
import os

from django.db import DatabaseError
from django.db.models import Count
from django_tasks import task_backends
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

logger = logging.getLogger(__name__)

# Labelled by the rooms this process has admitted members to, so only rooms that exist;
# "livesum" adds up the processes that are still running.
LIVE_CONNECTIONS = Gauge(
    "academy_live_connections",
    "Open websocket connections to a live room.",
    ["session"],
    multiprocess_mode="livesum",
)
LIVE_EVENTS = Counter(
    "academy_live_events_broadcast",
    "Live room events handed to the channel layer, by event type.",
    ["type"],
)


def connection_opened(session_id: int) -> None:
    LIVE_CONNECTIONS.labels(session=str(session_id)).inc()


def connection_closed(session_id: int) -> None:
    LIVE_CONNECTIONS.labels(session=str(session_id)).dec()


def events_broadcast(events: list[dict]) -> None:
    for event in events:
        LIVE_EVENTS.labels(type=event["type"]).inc()


class TaskQueueDepth:
    """Tasks waiting in django-tasks-db's table, per queue, counted when scraped (a value
    kept in memory would miss what other processes enqueue and the worker takes)."""

    def collect(self):
        from django_tasks_db.models import DBTaskResult

        family = GaugeMetricFamily(
            "academy_task_queue_depth",
            "Tasks ready to run that no worker has taken yet, by queue.",
            labels=["queue"],
        )
        depth = {queue: 0 for backend in task_backends.all() for queue in backend.queues}
        try:
            waiting = DBTaskResult.objects.ready().values("queue_name").annotate(n=Count("pk"))
            depth.update({row["queue_name"]: row["n"] for row in waiting})
        except DatabaseError:
            # The other series are still worth a scrape; /readyz names the database.
            logger.warning("Could not count the waiting tasks", exc_info=True)
            return
        for queue, count in sorted(depth.items()):
            family.add_metric([queue], count)
        yield family


_scraped = CollectorRegistry(auto_describe=False)
_scraped.register(TaskQueueDepth())


def exposition() -> bytes:
    """Everything /metrics shows, in Prometheus's text format."""
    return generate_latest(_process_registry()) + generate_latest(_scraped)


def _process_registry() -> CollectorRegistry:
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return REGISTRY
    registry = CollectorRegistry()
    MultiProcessCollector(registry)
    return registry
