"""Discussion posts are reportable like every member's content (`academy.peers.flaggable`)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from academy.peers.flaggable import Kind
from academy.peers.flaggable import register as register_kind


def _url(post) -> str:
    return reverse("community:thread", args=[post.thread_id]) + f"#post-{post.pk}"


def _topic(post):
    from .services.threads import topic_of

    return topic_of(post.thread)


def register() -> None:
    from .services import moderation

    register_kind(
        Kind(
            key="discussion_post",
            model_label="community.Post",
            label=_("Discussion post"),
            author=lambda post: post.author,
            text=lambda post: post.body,
            url=_url,
            topic=_topic,
            visible={"state__in": ["visible", "hidden"], "thread__page__live": True},
            flagged=moderation.flagged,
            removed=moderation.removed,
            kept=moderation.kept,
            held=moderation.held_posts,
            release=moderation.release,
        )
    )
