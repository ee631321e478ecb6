"""What a load balancer, an orchestrator and an operator see at /healthz and /readyz."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import connections

from academy.operations import health
from academy.settings import backends
from search.backends import _backend

from .conftest import CLOSED_REDIS, run_with_production_settings

CHECKS = {"database", "cache", "channel_layer", "search"}


def _ready(client):
    response = client.get("/readyz")
    return response.status_code, response.json()


def _failing(body) -> set[str]:
    return {name for name, check in body["checks"].items() if not check["ok"]}


def test_healthz_answers_without_touching_the_database(client):
    # No `db` fixture: a query here would fail the test.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_are_never_cached_and_set_no_cookie(client, path):
    response = client.get(path)
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.django_db
def test_readyz_reports_every_check_ok(client):
    status, body = _ready(client)
    assert status == 200
    assert body["status"] == "ok"
    assert set(body["checks"]) == CHECKS
    assert _failing(body) == set()
    assert all(isinstance(check["ms"], int) for check in body["checks"].values())


@pytest.fixture
def unreachable_database(tmp_path, monkeypatch):
    """Point the default database's settings somewhere nothing answers. The test's own
    connection keeps its settings, so the test database is untouched."""
    params = dict(connections.settings["default"])
    if params["ENGINE"] == "django.db.backends.sqlite3":
        params["NAME"] = tmp_path / "no-such-directory" / "db.sqlite3"
    else:
        params.update(HOST="127.0.0.1", PORT=1)

    def apply():
        monkeypatch.setitem(connections.settings, "default", params)

    return apply


@pytest.mark.django_db
def test_readyz_fails_while_the_database_is_unreachable_and_recovers(
    client, unreachable_database, monkeypatch
):
    unreachable_database()
    status, body = _ready(client)
    assert status == 503
    assert body["status"] == "error"
    # The database backend searches the database: both are down.
    assert _failing(body) == {"database", "search"}
    assert body["checks"]["database"]["error"].startswith("OperationalError: ")

    monkeypatch.undo()
    assert _ready(client)[0] == 200


@pytest.mark.django_db
def test_readyz_fails_while_the_redis_cache_is_unreachable_and_recovers(client, settings):
    healthy = settings.CACHES
    settings.CACHES = backends.caches({"REDIS_URL": CLOSED_REDIS})
    status, body = _ready(client)
    assert status == 503
    assert _failing(body) == {"cache"}
    assert "Connection refused" in body["checks"]["cache"]["error"]

    settings.CACHES = healthy
    assert _ready(client)[0] == 200


@pytest.mark.django_db
def test_readyz_fails_while_the_redis_channel_layer_is_unreachable(client, settings):
    healthy = settings.CHANNEL_LAYERS
    settings.CHANNEL_LAYERS = backends.channel_layers({"REDIS_URL": CLOSED_REDIS})
    started = time.monotonic()
    status, body = _ready(client)
    assert time.monotonic() - started < settings.READINESS_TIMEOUT + 1
    assert status == 503
    assert _failing(body) == {"channel_layer"}

    settings.CHANNEL_LAYERS = healthy
    assert _ready(client)[0] == 200


@pytest.mark.django_db
def test_a_redis_that_accepts_but_never_answers_fails_readyz_in_bounded_time(
    client, settings, silent_server
):
    hung = {"REDIS_URL": f"redis://127.0.0.1:{silent_server}/0"}
    settings.CACHES = backends.caches(hung)
    settings.CHANNEL_LAYERS = backends.channel_layers(hung)
    started = time.monotonic()
    status, body = _ready(client)
    elapsed = time.monotonic() - started
    assert status == 503
    assert _failing(body) == {"cache", "channel_layer"}
    assert body["checks"]["channel_layer"]["error"] == "no answer in time"
    # The cache's socket timeout (1 s by default) plus the channel layer's READINESS_TIMEOUT.
    assert elapsed < 1 + settings.READINESS_TIMEOUT + 1


@pytest.mark.django_db
def test_a_postgresql_that_never_answers_fails_readyz_in_bounded_time(
    client, silent_server, monkeypatch
):
    params = dict(connections.settings["default"])
    if params["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("SQLite has no server to hang; this runs in the PostgreSQL run")
    monkeypatch.setitem(connections.settings, "default", {**params, "PORT": silent_server})
    started = time.monotonic()
    status, body = _ready(client)
    assert status == 503
    assert "database" in _failing(body)
    # libpq's shortest connect timeout is 2 s.
    assert time.monotonic() - started < 4


@pytest.fixture
def elasticsearch_at(settings):
    """Make the catalogue use Elasticsearch at the given URL."""

    def use(url: str) -> None:
        settings.CATALOGUE_SEARCH_BACKEND = "elasticsearch"
        settings.ELASTICSEARCH_URL = url
        _backend.cache_clear()

    yield use
    _backend.cache_clear()


class _ClusterInfo(BaseHTTPRequestHandler):
    """Answers `GET /` as an Elasticsearch 8 node does (the client checks the product)."""

    def do_GET(self):
        body = json.dumps({"version": {"number": "8.19.0"}, "tagline": "You Know, for Search"})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def answering_cluster():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ClusterInfo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_readyz_pings_elasticsearch_when_the_catalogue_uses_it(
    client, elasticsearch_at, answering_cluster
):
    elasticsearch_at(answering_cluster)
    status, body = _ready(client)
    assert status == 200
    assert body["checks"]["search"]["ok"] is True


@pytest.mark.django_db
def test_an_unreachable_cluster_is_named_without_its_password(client, elasticsearch_at):
    elasticsearch_at("http://elastic:s3cret-pass@127.0.0.1:1")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert _failing(response.json()) == {"search"}
    assert response.json()["checks"]["search"]["error"]
    assert b"s3cret-pass" not in response.content


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (
            ConnectionError("Error connecting to redis://:hunter2@cache.internal:6379/0.\nmore"),
            "ConnectionError: Error connecting to redis://***@cache.internal:6379/0.",
        ),
        (
            RuntimeError("invalid dsn: host=db user=academy password=hunter2 dbname=academy"),
            "RuntimeError: invalid dsn: host=db user=academy password=*** dbname=academy",
        ),
        (TimeoutError(), "no answer in time"),
    ],
)
def test_error_texts_are_one_line_without_credentials(error, shown):
    assert health.describe(error) == shown


def test_production_answers_probes_over_plain_http_and_redirects_the_rest(tmp_path):
    result = run_with_production_settings(
        "from django.test import Client\n"
        "client = Client(HTTP_HOST='academy.example.org')\n"
        "for path in ('/healthz', '/readyz', '/metrics', '/'):\n"
        "    response = client.get(path)\n"
        "    print(path, response.status_code, response.get('Location', '-'))\n",
        SQLITE_PATH=str(tmp_path / "db.sqlite3"),
    )
    assert result.stdout.splitlines() == [
        "/healthz 200 -",
        "/readyz 200 -",
        "/metrics 200 -",
        "/ 301 https://academy.example.org/",
    ]
