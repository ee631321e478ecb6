import io
import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from prometheus_client.parser import text_string_to_metric_families

from academy.operations.logging import JsonFormatter, RequestIdFilter

# Nothing listens on port 1: connections are refused at once.
CLOSED_REDIS = "redis://127.0.0.1:1/0"


class JsonLog:
    def __init__(self, stream: io.StringIO):
        self.stream = stream

    def lines(self) -> list[dict]:
        """Every line written so far, each parsed as JSON (a line that is not fails the test)."""
        return [json.loads(line) for line in self.stream.getvalue().splitlines()]

    def with_message(self, text: str) -> list[dict]:
        return [line for line in self.lines() if text in line["message"]]


@pytest.fixture
def json_log():
    """The log lines of the test, written as production writes them."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    yield JsonLog(stream)
    root.removeHandler(handler)


@pytest.fixture
def silent_server():
    """A port that accepts connections and never answers: a hung Redis or PostgreSQL."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(64)
        yield server.getsockname()[1]


def sample(exposition: str | bytes, name: str, **labels) -> float | None:
    """The value of one series in a /metrics answer, None when it is not there."""
    text = exposition.decode() if isinstance(exposition, bytes) else exposition
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == name and found.labels == labels:
                return found.value
    return None


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "academy.settings.production",
    "SECRET_KEY": "k3y-for-the-operations-tests-" + "x7Qp9Lz2" * 6,
    "ALLOWED_HOSTS": "academy.example.org",
}
# Services a subprocess must not inherit from this run: it runs embedded unless told.
SERVICES = {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL"}


def run_python(args: list[str], **env: str) -> subprocess.CompletedProcess:
    """Run Python in the project directory with embedded services and `env`."""
    inherited = {k: v for k, v in os.environ.items() if k not in SERVICES}
    return subprocess.run(
        [sys.executable, *args],
        cwd=Path(settings.BASE_DIR),
        env={**inherited, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def run_with_production_settings(code: str, **env: str) -> subprocess.CompletedProcess:
    """Run code in `manage.py shell` with the production settings."""
    return run_python(["manage.py", "shell", "--no-imports", "-c", code], **PRODUCTION, **env)
