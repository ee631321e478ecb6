"""The checked-in request bodies and canned responses the offline tests compare against.

After an intended change to a mapping or a request, rewrite the expected files with
`UPDATE_EXPECTED=1 pytest tests/search/elastic` and review the diff."""

import json
import os
from pathlib import Path

from elasticsearch.serializer import JSONSerializer

HERE = Path(__file__).parent


def response(name: str) -> dict:
    return json.loads((HERE / "responses" / f"{name}.json").read_text())


def assert_expected(name: str, actual) -> None:
    """The body, serialised as the client sends it, equals `expected/<name>.json`."""
    path = HERE / "expected" / f"{name}.json"
    sent = json.loads(JSONSerializer().dumps(actual))
    if os.environ.get("UPDATE_EXPECTED"):
        path.write_text(json.dumps(sent, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    assert sent == json.loads(path.read_text())
