"""The hand-written stylesheet stays well-formed: one unclosed rule silently drops every
rule after it in the browser."""

import re
from pathlib import Path

from django.conf import settings

STYLESHEET = Path(settings.BASE_DIR) / "academy" / "static" / "css" / "academy.css"


def test_every_rule_is_closed():
    css = re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(), flags=re.S)
    depth = 0
    for number, line in enumerate(css.splitlines(), 1):
        depth += line.count("{") - line.count("}")
        assert depth >= 0, f"unexpected '}}' on line {number}"
    assert depth == 0, "a rule is not closed"
