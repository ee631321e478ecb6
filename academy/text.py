"""Member-written text, one rule for every app."""

import nh3


def clean_text(text: str) -> str:
    """Member-written text is stored as plain text: every tag is stripped, entities kept."""
    return nh3.clean(text.strip(), tags=set(), attributes={})
