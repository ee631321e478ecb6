"""Request ids in every log line, and the JSON format production writes logs in.

The id of the request (or websocket connection) being served lives in a contextvar: threads
that Django or asgiref start for it copy the context, so their lines carry it too.
"""

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)

# What the proxy may hand us (nginx's $request_id, a UUID, a tracing id); anything else is
# replaced rather than written into every log line.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def accept_request_id(given: str | None) -> str:
    """The proxy's id when it is sane, otherwise a new one."""
    if given and SANE_REQUEST_ID.fullmatch(given):
        return given
    return uuid.uuid4().hex


def forget_request_id(**kwargs) -> None:
    request_id.set(None)


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record a handler writes (None outside requests)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id, and exception when
    there is one."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line)
