"""Moderation of discussions. Reports, the queue and the penalty belong to the peers app
(`academy.peers.services.moderation`); what they do to a post is decided here, in the
hooks of the post's report kind (`..flaggable`)."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from academy.pagecache.services import purge_pages_after_commit
from academy.peers.models import Flag
from academy.peers.permissions import remember_access
from academy.peers.reputation import Cause
from academy.peers.services import moderation as peer_moderation
from academy.peers.services.reputation import award_after_commit

from .. import notices, policy, text
from ..models import Post, Thread
from .errors import require
from .threads import topic_of


def hide_post(*, moderator, post: Post, note: str = "") -> bool:
    """Remove a post (with or without reports): its author loses reputation once and is
    told why. Returns whether anything changed."""
    require(moderator, "discussion.moderate", post.thread)
    return peer_moderation.remove_content(moderator=moderator, content=post, note=note)


@transaction.atomic
def restore_post(*, moderator, post: Post) -> bool:
    """Show a held, hidden or removed post again and close its open reports; a removal is
    refunded once. Returns whether anything changed."""
    require(moderator, "discussion.moderate", post.thread)
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.state == Post.State.VISIBLE:
        return False
    was_removed = post.state == Post.State.REMOVED
    if post.state == Post.State.HELD:
        release(post, moderator=moderator)
        return True
    _set_state(post, Post.State.VISIBLE)
    peer_moderation.dismiss_flags(
        moderator=moderator,
        content_type=ContentType.objects.get_for_model(Post),
        object_id=post.pk,
    )
    if was_removed:
        award_after_commit(
            user=post.author,
            cause=Cause.CONTENT_RESTORED,
            cause_key=f"content_restored:community.post:{post.pk}",
            topic=topic_of(post.thread),
            source=post,
        )
    return True


def _set_state(post: Post, state: str) -> None:
    post.state = state
    post.save(update_fields=["state"])
    if post.thread.is_seed:
        purge_pages_after_commit()


# Hooks of the report kind -----------------------------------------------------------------


def flagged(post: Post, reporter) -> None:
    """Enough open reports from trusted members hide a post until a moderator decides.

    Only a trusted member's report can tip the count; then every reporter's level is read
    at once (`remember_access`), however many reported the post.
    """
    if post.state != Post.State.VISIBLE or not policy.is_trusted(reporter):
        return
    reporters = [
        flag.reporter
        for flag in Flag.objects.filter(
            content_type=ContentType.objects.get_for_model(Post),
            object_id=post.pk,
            status=Flag.Status.OPEN,
        ).select_related("reporter")
    ]
    remember_access(reporters)
    if sum(policy.is_trusted(member) for member in reporters) >= policy.hide_after_reports():
        _set_state(post, Post.State.HIDDEN)
        purge_pages_after_commit()
        notices.post_hidden(post)


def removed(post: Post) -> bool:
    if post.state == Post.State.REMOVED:
        return False
    _set_state(post, Post.State.REMOVED)
    return True


def kept(post: Post) -> None:
    if post.state == Post.State.HIDDEN:
        _set_state(post, Post.State.VISIBLE)


def release(post: Post, *, moderator) -> None:
    """A moderator approves a held post: it is published as if just written."""
    if post.state != Post.State.HELD:
        return
    _set_state(post, Post.State.VISIBLE)
    if not post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(last_activity_at=post.created_at)
    notices.post_published(post, mentioned=text.render(post.body).mentioned)


def held_posts():
    return Post.objects.filter(state=Post.State.HELD).select_related("author", "thread")
