import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

# Nothing listens on port 1: connections are refused at once.
CLOSED_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def silent_server():
    """A port that accepts connections and never answers: a hung Redis or PostgreSQL."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(64)
        yield server.getsockname()[1]


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
