"""Log lines an operator greps: one JSON object per line, each with the request id that the
response (and the proxy's access log) shows."""

import json
import logging
import re
from datetime import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import AsyncClient

from academy.operations.logging import request_id
from academy.settings import backends

from .conftest import CLOSED_REDIS, run_with_production_settings

GENERATED_ID = re.compile(r"[0-9a-f]{32}")
logger = logging.getLogger("academy.tests")


def _not_found(client, **headers):
    """A request Django logs a warning about, as it logs every 4xx and 5xx answer."""
    return client.get("/no-such-page/", **headers)


@pytest.mark.django_db
def test_a_request_logs_json_lines_carrying_the_id_of_its_response(client, json_log):
    response = _not_found(client)
    given = response["X-Request-ID"]
    assert GENERATED_ID.fullmatch(given)
    [line] = json_log.with_message("Not Found: /no-such-page/")
    assert line["request_id"] == given
    assert (line["level"], line["logger"]) == ("WARNING", "django.request")
    assert datetime.fromisoformat(line["time"]).tzinfo is not None

    another = _not_found(client)["X-Request-ID"]
    assert another != given


@pytest.mark.django_db
def test_the_proxys_request_id_is_kept(client, json_log):
    response = _not_found(client, HTTP_X_REQUEST_ID="7f3a9c0e2b1d4e6f8a0b1c2d3e4f5a6b")
    assert response["X-Request-ID"] == "7f3a9c0e2b1d4e6f8a0b1c2d3e4f5a6b"
    [line] = json_log.with_message("Not Found: /no-such-page/")
    assert line["request_id"] == "7f3a9c0e2b1d4e6f8a0b1c2d3e4f5a6b"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "absurd", ["x" * 65, "two words", '"}, {"level": "CRITICAL', "caf\u00e9", "id\nforged line"]
)
def test_an_absurd_request_id_is_replaced(client, json_log, absurd):
    response = _not_found(client, HTTP_X_REQUEST_ID=absurd)
    replaced = response["X-Request-ID"]
    assert GENERATED_ID.fullmatch(replaced)
    [line] = json_log.with_message("Not Found: /no-such-page/")
    assert line["request_id"] == replaced


def test_lines_after_the_response_carry_no_request_id(client, json_log):
    client.get("/healthz")
    logger.warning("Between requests")
    [line] = json_log.with_message("Between requests")
    assert line["request_id"] is None


def test_an_exception_is_in_its_line(json_log):
    token = request_id.set("abc-123")
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError:
        logger.exception("Sums failed")
    finally:
        request_id.reset(token)
    [line] = json_log.lines()
    assert line["message"] == "Sums failed"
    assert line["request_id"] == "abc-123"
    assert line["exception"].startswith("Traceback")
    assert "ZeroDivisionError: division by zero" in line["exception"]


@pytest.mark.asyncio
async def test_async_requests_get_a_request_id_too():
    client = AsyncClient()
    kept = await client.get("/healthz", headers={"X-Request-ID": "from-nginx-1"})
    assert kept["X-Request-ID"] == "from-nginx-1"
    fresh = await client.get("/healthz")
    assert GENERATED_ID.fullmatch(fresh["X-Request-ID"])


def test_logs_are_plain_unless_asked_and_json_in_production():
    def formatter(env, default_format):
        config = backends.logging_config(env, default_format=default_format)
        return config["handlers"]["console"]["formatter"]

    assert formatter({}, "plain") == "plain"
    assert formatter({"LOG_FORMAT": "json"}, "plain") == "json"
    assert formatter({}, "json") == "json"
    assert formatter({"LOG_FORMAT": "plain"}, "json") == "plain"
    with pytest.raises(ImproperlyConfigured, match="LOG_FORMAT"):
        backends.logging_config({"LOG_FORMAT": "xml"}, default_format="plain")


def test_production_writes_json_lines_with_the_request_id(tmp_path):
    # A Redis that is down makes /readyz answer 503, which Django logs as an error.
    result = run_with_production_settings(
        "from django.test import Client\n"
        "response = Client().get('/readyz', HTTP_HOST='academy.example.org',"
        " HTTP_X_REQUEST_ID='probe-42')\n"
        "print(response.status_code, response['X-Request-ID'])\n",
        REDIS_URL=CLOSED_REDIS,
        SQLITE_PATH=str(tmp_path / "db.sqlite3"),
    )
    assert result.stdout.split() == ["503", "probe-42"]
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    [line] = [line for line in lines if line["message"] == "Service Unavailable: /readyz"]
    assert (line["level"], line["request_id"]) == ("ERROR", "probe-42")
