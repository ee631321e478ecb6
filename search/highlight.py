"""Highlighted titles and snippets for the database backend (Elasticsearch highlights its own)."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

SNIPPET_LENGTH = 220
# Word stems shorter than this are matched whole, longer ones by prefix ("facilitat" finds
# "facilitation"), close to what the stemmers of the full-text search match.
_STEM_FROM = 5


def _pattern(terms: list[str]) -> re.Pattern | None:
    parts = []
    for term in sorted(set(terms), key=len, reverse=True):
        if len(term) >= _STEM_FROM:
            parts.append(re.escape(term[: max(_STEM_FROM, len(term) - 2)]) + r"\w*")
        else:
            parts.append(re.escape(term) + r"\b")
    if not parts:
        return None
    return re.compile(r"\b(?:" + "|".join(parts) + ")", re.IGNORECASE | re.UNICODE)


def mark(text: str, terms: list[str]) -> SafeString:
    """The text, escaped, with every match of the terms in <mark>."""
    pattern = _pattern(terms)
    if pattern is None:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def snippet(text: str, terms: list[str], *, fallback: str = "") -> SafeString:
    """About 220 characters of the text around the first match, highlighted; the fallback
    (a summary) when nothing matches."""
    text = " ".join(text.split())
    pattern = _pattern(terms)
    match = pattern.search(text) if pattern else None
    if match is None:
        return mark(_shorten(fallback or text), terms)
    start = max(0, match.start() - SNIPPET_LENGTH // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < match.start() else start
    excerpt = _shorten(text[start:])
    return mark(("… " if start else "") + excerpt, terms)


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SNIPPET_LENGTH:
        return text
    cut = text.rfind(" ", 0, SNIPPET_LENGTH)
    return text[: cut if cut > 0 else SNIPPET_LENGTH] + " …"
