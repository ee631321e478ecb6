"""Every write of discussions, one function per operation (see DESIGN.md, "Rules of the
house"). Each checks its privilege with `can()` and raises `DiscussionError` with a message
for the member when the write cannot be done."""

from .errors import DiscussionError
from .moderation import hide_post, restore_post
from .suggestions import decide_suggestion, suggest_improvement
from .threads import (
    accept_answer,
    edit_post,
    lock_thread,
    move_thread,
    pin_thread,
    reply,
    start_thread,
    toggle_vote,
)

__all__ = [
    "DiscussionError",
    "accept_answer",
    "decide_suggestion",
    "edit_post",
    "hide_post",
    "lock_thread",
    "move_thread",
    "pin_thread",
    "reply",
    "restore_post",
    "start_thread",
    "suggest_improvement",
    "toggle_vote",
]
