"""Member-written text, one rule for every app."""

import html

import nh3


def clean_text(text: str) -> str:
    """Member-written text is stored as plain text: every tag is stripped and entities are
    decoded, so "a < b" stays readable. Templates and the live room's client escape it
    when they show it."""
    return html.unescape(nh3.clean(text.strip(), tags=set(), attributes={}))
