"""Error reporting to Sentry, in production only and only when `SENTRY_DSN` is set."""

from collections.abc import Mapping

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

from .logging import request_id


def init_sentry(env: Mapping[str, str]) -> bool:
    """Start reporting if a DSN is configured; whether it did. No personal data is sent:
    no user ids, addresses, cookies or request bodies."""
    dsn = env.get("SENTRY_DSN", "").strip()
    if not dsn:
        return False
    sentry_sdk.init(
        dsn=dsn,
        environment=env.get("SENTRY_ENVIRONMENT", "production"),
        release=env.get("SENTRY_RELEASE") or None,
        send_default_pii=False,
        integrations=[DjangoIntegration()],
        before_send=_tag_request_id,
    )
    return True


def _tag_request_id(event, hint):
    """The request id links a reported error to its log lines."""
    if given := request_id.get():
        event.setdefault("tags", {})["request_id"] = given
    return event
