"""Every non-trivial read of the peers app (see each module)."""

from .profiles import (
    HeldRole,
    display_name,
    get_active_member_or_404,
    held_roles_of,
    learning_of,
    profile_for,
    reputation_of,
    roles_of,
    teaching_of,
)

__all__ = [
    "HeldRole",
    "display_name",
    "get_active_member_or_404",
    "held_roles_of",
    "learning_of",
    "profile_for",
    "reputation_of",
    "roles_of",
    "teaching_of",
]
