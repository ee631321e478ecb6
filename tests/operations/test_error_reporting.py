"""Sentry reports errors only when a DSN is configured, and never personal data."""

import pytest
import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

from academy.operations.logging import request_id
from academy.operations.sentry import init_sentry

from .conftest import run_with_production_settings

DSN = "https://public-key@127.0.0.1:1/42"


@pytest.fixture
def sentry_init(monkeypatch):
    calls: list[dict] = []
    monkeypatch.setattr(sentry_sdk, "init", lambda **options: calls.append(options))
    return calls


@pytest.mark.parametrize("env", [{}, {"SENTRY_DSN": ""}, {"SENTRY_DSN": "  "}])
def test_nothing_is_initialised_without_a_dsn(sentry_init, env):
    assert init_sentry(env) is False
    assert sentry_init == []


def test_a_dsn_starts_reporting_without_personal_data(sentry_init):
    env = {"SENTRY_DSN": DSN, "SENTRY_ENVIRONMENT": "staging", "SENTRY_RELEASE": "academy@1.4.2"}
    assert init_sentry(env) is True
    [options] = sentry_init
    assert options["dsn"] == DSN
    assert options["send_default_pii"] is False
    assert (options["environment"], options["release"]) == ("staging", "academy@1.4.2")
    assert any(isinstance(each, DjangoIntegration) for each in options["integrations"])


def test_a_reported_error_names_its_request_id(sentry_init):
    init_sentry({"SENTRY_DSN": DSN})
    before_send = sentry_init[0]["before_send"]
    token = request_id.set("req-77")
    try:
        event = before_send({"message": "boom"}, {})
    finally:
        request_id.reset(token)
    assert event["tags"]["request_id"] == "req-77"


CHECK = (
    "import sentry_sdk, academy.asgi\n"
    "print(sentry_sdk.get_client().is_active(), type(academy.asgi.websocket_app).__name__)\n"
)


def test_production_reports_only_with_a_dsn(tmp_path):
    database = str(tmp_path / "db.sqlite3")
    without = run_with_production_settings(CHECK, SENTRY_DSN="", SQLITE_PATH=database)
    assert without.stdout.split() == ["False", "WebsocketRequestIdMiddleware"]
    with_dsn = run_with_production_settings(CHECK, SENTRY_DSN=DSN, SQLITE_PATH=database)
    # Websocket consumers are covered too: Django's integration sees HTTP only.
    assert with_dsn.stdout.split() == ["True", "SentryAsgiMiddleware"]
