"""Every write of the peers app, one function per operation (see each module)."""

from .badges import award_badges
from .community import (
    CommunityError,
    activate_referral,
    answer_buddy,
    offer_buddy,
    record_referral,
    request_buddy,
    welcome_member,
    withdraw_buddy,
)
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
from .moderation import (
    ModerationError,
    dismiss_flags,
    flag_content,
    release_held,
    remove_content,
)
from .profiles import update_profile
from .reputation import award, award_after_commit, rebuild_totals

__all__ = [
    "CommunityError",
    "LadderError",
    "ModerationError",
    "activate_referral",
    "answer_buddy",
    "award",
    "award_after_commit",
    "award_badges",
    "decide_nomination",
    "dismiss_flags",
    "flag_content",
    "grant_role",
    "lift_suspension",
    "member_changed",
    "member_changed_after_commit",
    "nominate",
    "offer_buddy",
    "rebuild_totals",
    "record_referral",
    "release_held",
    "remove_content",
    "request_buddy",
    "review_member",
    "revoke_role",
    "suspend",
    "sync_groups",
    "update_profile",
    "welcome_member",
    "withdraw_buddy",
]
