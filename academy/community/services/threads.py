"""Threads and posts: start, reply, edit, vote, accept, pin, lock and move."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academy.courses.models import CoursePage, LessonPage
from academy.courses.selectors import course_of
from academy.pagecache.services import purge_pages_after_commit
from academy.peers.reputation import Cause
from academy.peers.services.reputation import award_after_commit
from academy.text import clean_text

from .. import notices, policy, text
from ..models import Post, PostRevision, Thread, Vote
from .errors import DiscussionError, require

TITLE_MAX, BODY_MAX = 150, 10_000


def topic_of(thread: Thread):
    course = course_of(thread.page.specific)
    return course.topic if course else None


def _clean_title(title: str) -> str:
    title = clean_text(title or "")
    if not title:
        raise DiscussionError(_("Give your thread a title."))
    if len(title) > TITLE_MAX:
        raise DiscussionError(
            _("Keep the title under %(count)d characters.") % {"count": TITLE_MAX}
        )
    return title


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise DiscussionError(_("Write something first."))
    if len(body) > BODY_MAX:
        raise DiscussionError(_("Keep it under %(count)d characters.") % {"count": BODY_MAX})
    return body


def _check_rate(author) -> None:
    """Refuse a post beyond the member's level's limits, naming when they may post again."""
    limits = policy.rate_limits(policy.level_of(author))
    if not limits:
        return
    now = timezone.now()
    longest = max(limit.window for limit in limits)
    recent = list(
        Post.objects.filter(author=author, created_at__gte=now - longest)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
    )
    for limit in limits:
        in_window = [moment for moment in recent if moment >= now - limit.window]
        if len(in_window) >= limit.posts:
            wait = in_window[limit.posts - 1] + limit.window - now
            minutes = max(1, round(wait.total_seconds() / 60))
            raise DiscussionError(
                ngettext(
                    "You are posting faster than your level allows: "
                    "try again in %(minutes)d minute.",
                    "You are posting faster than your level allows: "
                    "try again in %(minutes)d minutes.",
                    minutes,
                )
                % {"minutes": minutes}
            )


def _initial_state(author) -> str:
    """A newcomer's posts wait for a moderator until one of them has been approved."""
    if not policy.holds_first_posts() or policy.level_of(author) != policy.NEWCOMER:
        return Post.State.VISIBLE
    approved_before = Post.objects.filter(author=author, state=Post.State.VISIBLE).exists()
    return Post.State.VISIBLE if approved_before else Post.State.HELD


def _new_post(*, thread: Thread, author, body: str, opening: bool = False) -> Post:
    rendered = text.render(body)
    post = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        body_html=rendered.html,
        state=_initial_state(author),
    )
    if opening:
        thread.opening = post
        thread.save(update_fields=["opening"])
    if post.state == Post.State.VISIBLE:
        notices.post_published(post, mentioned=rendered.mentioned)
    return post


@transaction.atomic
def start_thread(*, author, page, title: str, body: str, seed: bool = False) -> Thread:
    """Open a thread under a course or lesson; a seed thread is a conversation starter the
    academy shows on the course page."""
    page = page.specific
    if not isinstance(page, CoursePage | LessonPage):
        raise DiscussionError(_("Discussions belong to courses and lessons."))
    require(author, "discussion.seed" if seed else "discussion.start", page)
    title, body = _clean_title(title), _clean_body(body)
    _check_rate(author)
    thread = Thread.objects.create(page=page, author=author, title=title, is_seed=seed)
    _new_post(thread=thread, author=author, body=body, opening=True)
    if seed:
        purge_pages_after_commit()  # conversation starters are shown on the course page
    return thread


@transaction.atomic
def reply(*, author, thread: Thread, body: str) -> Post:
    require(author, "discussion.reply", thread)
    body = _clean_body(body)
    _check_rate(author)
    post = _new_post(thread=thread, author=author, body=body)
    if post.state == Post.State.VISIBLE:
        Thread.objects.filter(pk=thread.pk).update(last_activity_at=post.created_at)
    return post


@transaction.atomic
def edit_post(*, editor, post: Post, body: str, title: str | None = None) -> Post:
    """Change a post's text (and the thread's title, for its opening post), keeping what it
    said before for moderators. Members mentioned for the first time are notified."""
    require(editor, "discussion.edit", post)
    body = _clean_body(body)
    thread = post.thread
    new_title = _clean_title(title) if post.is_opening and title is not None else thread.title
    if body == post.body and new_title == thread.title:
        return post
    PostRevision.objects.create(
        post=post,
        title=thread.title if post.is_opening else "",
        body=post.body,
        edited_by=editor,
    )
    before = {member.pk for member in text.render(post.body).mentioned}
    rendered = text.render(body)
    post.body, post.body_html, post.edited_at = body, rendered.html, timezone.now()
    post.save(update_fields=["body", "body_html", "edited_at"])
    if new_title != thread.title:
        thread.title = new_title
        thread.save(update_fields=["title"])
    if post.state == Post.State.VISIBLE:
        notices.mentioned(
            post, members=[member for member in rendered.mentioned if member.pk not in before]
        )
    if thread.is_seed:
        purge_pages_after_commit()
    return post


def toggle_vote(*, user, post: Post) -> bool:
    """Upvote a post, or take the upvote back. Returns whether the member's upvote stands.
    Each upvote and each withdrawal is recorded once in the author's reputation."""
    require(user, "discussion.vote", post)
    if post.state != Post.State.VISIBLE:
        raise DiscussionError(_("This post is not shown, so it cannot be voted on."))
    topic = topic_of(post.thread)
    with transaction.atomic():
        given = Vote.objects.filter(post=post, user=user).first()
        if given is not None:
            vote_pk = given.pk
            given.delete()
            Post.objects.filter(pk=post.pk, score__gt=0).update(score=F("score") - 1)
            award_after_commit(
                user=post.author,
                cause=Cause.POST_UPVOTE_WITHDRAWN,
                cause_key=f"post_upvote_withdrawn:vote={vote_pk}",
                topic=topic,
                source=post,
            )
            return False
    try:
        with transaction.atomic():
            vote = Vote.objects.create(post=post, user=user)
            Post.objects.filter(pk=post.pk).update(score=F("score") + 1)
    except IntegrityError:
        return True  # a concurrent click already voted: the member's intent holds
    award_after_commit(
        user=post.author,
        cause=Cause.POST_UPVOTED,
        cause_key=f"post_upvoted:vote={vote.pk}",
        topic=topic,
        source=post,
    )
    return True


@transaction.atomic
def accept_answer(*, user, post: Post) -> bool:
    """Mark a reply as the answer that helped, or unmark it. Returns whether it is accepted
    now. Its author gains reputation (not for answering their own question); a replaced or
    withdrawn acceptance takes it back."""
    thread = Thread.objects.select_for_update().get(pk=post.thread_id)
    require(user, "discussion.accept", thread)
    if post.pk == thread.opening_id or post.state != Post.State.VISIBLE:
        raise DiscussionError(_("Only a shown reply can be the accepted answer."))
    previous = thread.accepted_answer
    if previous is not None:
        _take_back_acceptance(thread, previous)
    if previous is not None and previous.pk == post.pk:
        thread.accepted_answer, thread.accepted_at = None, None
        thread.save(update_fields=["accepted_answer", "accepted_at"])
        return False
    thread.accepted_answer, thread.accepted_at = post, timezone.now()
    thread.save(update_fields=["accepted_answer", "accepted_at"])
    if post.author_id != thread.author_id:
        award_after_commit(
            user=post.author,
            cause=Cause.ANSWER_ACCEPTED,
            cause_key=f"answer_accepted:post={post.pk}:at={thread.accepted_at.isoformat()}",
            topic=topic_of(thread),
            source=post,
        )
    notices.answer_accepted(post, accepted_by=user)
    return True


def _take_back_acceptance(thread: Thread, answer: Post) -> None:
    if answer.author_id == thread.author_id:
        return
    award_after_commit(
        user=answer.author,
        cause=Cause.ANSWER_UNACCEPTED,
        cause_key=f"answer_unaccepted:post={answer.pk}:at={thread.accepted_at.isoformat()}",
        topic=topic_of(thread),
        source=answer,
    )


@transaction.atomic
def pin_thread(*, user, thread: Thread) -> bool:
    """Pin a thread to the top of its discussion, or unpin it. Returns whether it is pinned."""
    require(user, "discussion.pin", thread)
    thread.pinned_at = None if thread.is_pinned else timezone.now()
    thread.save(update_fields=["pinned_at"])
    return thread.is_pinned


@transaction.atomic
def lock_thread(*, user, thread: Thread) -> bool:
    """Close a thread to new replies, or open it again. Returns whether it is locked."""
    require(user, "discussion.moderate", thread)
    thread.locked_at = None if thread.is_locked else timezone.now()
    thread.save(update_fields=["locked_at"])
    return thread.is_locked


@transaction.atomic
def move_thread(*, user, thread: Thread, page) -> Thread:
    """Move a thread to the discussion of another course or lesson."""
    require(user, "discussion.moderate", thread)
    page = page.specific
    if not isinstance(page, CoursePage | LessonPage):
        raise DiscussionError(_("Discussions belong to courses and lessons."))
    require(user, "discussion.start", page)
    if page.pk != thread.page_id:
        thread.page = page
        thread.save(update_fields=["page"])
        if thread.is_seed:
            purge_pages_after_commit()
    return thread
