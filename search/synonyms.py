"""Curators' synonyms, applied to the query: a search for "KM" also runs as "knowledge
management", on either backend, as soon as a curator saves the synonym (no reindexing)."""

import re

from .models import Synonym

MAX_VARIANTS = 6


def _groups() -> list[list[str]]:
    return [
        [synonym.term.lower(), *(alt.lower() for alt in synonym.alternative_list())]
        for synonym in Synonym.objects.all()
    ]


def variants(text: str) -> tuple[str, ...]:
    """The text and its rewrites: each curator's term or alternative found in it (as whole
    words) replaced by each of the others."""
    text = text.lower()
    found = [text]
    if not text:
        return tuple(found)
    for group in _groups():
        for phrase in group:
            pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
            if not pattern.search(text):
                continue
            for other in group:
                rewrite = pattern.sub(other, text)
                if rewrite not in found:
                    found.append(rewrite)
    return tuple(found[:MAX_VARIANTS])
