"""Who hears about what happens in discussions, through the academy's one notification
service. Called inside the writing transaction: notifications are sent after commit."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from academy.courses.selectors import author_ids, course_of
from academy.notifications.kinds import Kind
from academy.notifications.services import notify
from academy.peers.selectors.profiles import display_name

from .models import Post

_AUTHOR = object()


def _url(post: Post) -> str:
    return reverse("community:thread", args=[post.thread_id]) + f"#post-{post.pk}"


def _params(post: Post) -> dict:
    return {
        "thread_title": post.thread.title,
        "course_or_lesson_title": post.thread.page.title,
        "excerpt": post.body[:200],
    }


def post_published(post: Post, *, mentioned: list) -> None:
    """A post others can now read: the thread's author hears of a reply, the course's
    teachers of a new thread, and mentioned members of their mention (once each)."""
    thread = post.thread
    told = {post.author_id}
    if post.is_opening:
        course = course_of(thread.page.specific)
        for teacher in _members(author_ids(course) if course else set()):
            _send(teacher, Kind.NEW_THREAD, post, told)
    else:
        _send(thread.author, Kind.THREAD_REPLY, post, told)
    mentioned_members(post, members=mentioned, told=told)


def mentioned(post: Post, *, members: list) -> None:
    mentioned_members(post, members=members, told={post.author_id})


def mentioned_members(post: Post, *, members: list, told: set) -> None:
    for member in members:
        _send(member, Kind.MENTION, post, told)


def _send(recipient, kind: Kind, post: Post, told: set, *, actor=_AUTHOR) -> None:
    """Notify once per event; the actor is the post's author unless another is named."""
    if recipient.pk in told:
        return
    told.add(recipient.pk)
    actor = post.author if actor is _AUTHOR else actor
    params = _params(post)
    if actor is not None:
        params["actor_name"] = display_name(actor)
    notify(recipient=recipient, kind=kind, url=_url(post), params=params, actor=actor)


def _members(ids: set) -> list:
    return list(get_user_model().objects.filter(pk__in=ids, is_active=True))


def answer_accepted(post: Post, *, accepted_by) -> None:
    _send(post.author, Kind.ANSWER_ACCEPTED, post, {accepted_by.pk}, actor=accepted_by)


def post_hidden(post: Post) -> None:
    """The author is told their post is hidden after reports, and that a moderator decides."""
    _send(post.author, Kind.POST_HIDDEN, post, set(), actor=None)


def suggestion_made(suggestion) -> None:
    """The lesson's authors hear of an answer offered as an improvement."""
    post = suggestion.post
    told = {suggestion.suggested_by_id}
    course = course_of(suggestion.lesson)
    for author in _members(author_ids(course) if course else set()):
        _send(author, Kind.LESSON_SUGGESTION, post, told)
