"""What follows a new ledger entry, once it is committed."""

from . import ladder


def after_ledger_event(event) -> None:
    """Move the member along the ladder for the topic the entry counted in."""
    ladder.review_member(user=event.user, topics=[event.topic] if event.topic_id else [])
