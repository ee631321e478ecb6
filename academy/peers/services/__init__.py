"""Every write of the peers app, one function per operation (see each module)."""

from .badges import award_badges
from .events import member_changed, member_changed_after_commit
from .ladder import (
    LadderError,
    decide_nomination,
    grant_role,
    lift_suspension,
    nominate,
    review_member,
    revoke_role,
    suspend,
    sync_groups,
)
from .profiles import update_profile
from .reputation import award, rebuild_totals

__all__ = [
    "LadderError",
    "award",
    "award_badges",
    "decide_nomination",
    "grant_role",
    "lift_suspension",
    "member_changed",
    "member_changed_after_commit",
    "nominate",
    "rebuild_totals",
    "review_member",
    "revoke_role",
    "suspend",
    "sync_groups",
    "update_profile",
]
