"""What follows from what a member did, once it is committed.

Everything derived from a member's activity (ladder standings, badges) is brought up to
date by `member_changed`; it runs after every ledger entry, after contributions that earn
no points (ratings, kudos given, practice reports), after suspensions and roles given by
hand, and for everyone from the periodic `update_ladder` command. A member's first
completed lesson also activates the referral that brought them. Each step is idempotent.
"""

from django.db import transaction

from ..reputation import Cause
from . import badges, community, ladder


def member_changed(*, user, topics=None, now=None) -> None:
    """Bring the member's roles and badges up to date; `topics` limits the topic roles
    looked at, `now` reviews as of another moment (a backdated history)."""
    ladder.review_member(user=user, topics=topics, now=now)
    badges.award_badges(user=user)  # after the ladder: a badge may follow a new role


def after_ledger_event(event) -> None:
    member_changed(user=event.user, topics=[event.topic] if event.topic_id else [])
    if event.cause == Cause.LESSON_COMPLETED:
        community.activate_referral(referred=event.user)


def member_changed_after_commit(*, user, topic=None) -> None:
    topics = [topic] if topic is not None else None
    transaction.on_commit(lambda: member_changed(user=user, topics=topics))
