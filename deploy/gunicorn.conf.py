"""gunicorn for the academy's HTTP (the `web` process of the Procfile): sync workers, each
serving one request at a time, as many as the environment asks for."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8101")
# Two per core keeps the cores busy while a worker waits on the database.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
# A request that hangs this long is stuck: the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Restart workers now and then, so that a slow leak never takes a host down. Not too often:
# a restart stalls requests for a second while the new worker loads the academy, and with
# anonymous pages from the page cache a worker served 5,000 requests in under a minute.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
max_requests_jitter = max_requests // 10
accesslog = None  # nginx logs every request; the academy logs what matters with its id
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def child_exit(server, worker):
    """Drop a dead worker's metric files, so its gauges leave the scraped totals."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
