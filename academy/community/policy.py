"""The written-down rules of discussions, each overridable in settings: how often each level
may post, whose first posts wait for a moderator, and how many reports from trusted members
hide a post until a moderator decides.

Levels follow the ladder (`academy/peers/ladder.py`): a newcomer holds no role yet, a
learner has started, and trusted members are contributors, ambassadors, peer teachers and
mentors. Moderators and curators are never limited.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings

from academy.peers.permissions import can, has_role
from academy.peers.roles import Role

STAFF, TRUSTED, LEARNER, NEWCOMER = "staff", "trusted", "learner", "newcomer"
TRUSTED_ROLES = (Role.CONTRIBUTOR, Role.AMBASSADOR, Role.PEER_TEACHER, Role.MENTOR)


@dataclass(frozen=True)
class RateLimit:
    posts: int
    minutes: int

    @property
    def window(self) -> timedelta:
        return timedelta(minutes=self.minutes)


# Several windows per level: a burst limit and a daily one.
DEFAULT_RATE_LIMITS = {
    NEWCOMER: (RateLimit(posts=3, minutes=10), RateLimit(posts=10, minutes=24 * 60)),
    LEARNER: (RateLimit(posts=6, minutes=10), RateLimit(posts=40, minutes=24 * 60)),
    TRUSTED: (RateLimit(posts=20, minutes=10), RateLimit(posts=200, minutes=24 * 60)),
    STAFF: (),
}
DEFAULT_HIDE_AFTER_REPORTS = 3


def level_of(user) -> str:
    if can(user, "moderation.queue"):
        return STAFF
    if any(has_role(user, role) for role in TRUSTED_ROLES):
        return TRUSTED
    if has_role(user, Role.LEARNER):
        return LEARNER
    return NEWCOMER


def rate_limits(level: str) -> tuple[RateLimit, ...]:
    table = getattr(settings, "ACADEMY_DISCUSSION_RATE_LIMITS", DEFAULT_RATE_LIMITS)
    return tuple(table.get(level, ()))


def holds_first_posts() -> bool:
    """Whether a newcomer's first post waits for a moderator before others see it."""
    return getattr(settings, "ACADEMY_HOLD_FIRST_POSTS", True)


def hide_after_reports() -> int:
    """Reports from this many trusted members hide a post until a moderator decides."""
    return getattr(settings, "ACADEMY_HIDE_AFTER_REPORTS", DEFAULT_HIDE_AFTER_REPORTS)


def is_trusted(user) -> bool:
    return level_of(user) in (STAFF, TRUSTED)
