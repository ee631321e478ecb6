"""Every write of the peers app, one function per operation (see each module)."""

from .ladder import (
    LadderError,
    decide_nomination,
    grant_role,
    lift_suspension,
    nominate,
    review_after_commit,
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
    "decide_nomination",
    "grant_role",
    "lift_suspension",
    "nominate",
    "rebuild_totals",
    "review_after_commit",
    "review_member",
    "revoke_role",
    "suspend",
    "sync_groups",
    "update_profile",
]
