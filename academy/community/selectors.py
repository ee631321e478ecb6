"""Reads of discussions, with bounded queries: who sees which posts, a page's threads, one
thread with its replies, and what a teacher could answer."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import Length, Substr
from django.http import Http404
from wagtail.models import Page

from academy.courses.models import CoursePage, LessonPage
from academy.peers.models import Flag
from academy.peers.permissions import can, has_role
from academy.peers.roles import Role
from academy.peers.selectors.ladder import held_roles, subtree, topic_tree

from .models import LessonSuggestion, Post, PostRevision, Thread, Vote

THREADS_PER_PAGE = 20
REPLIES_PER_PAGE = 30
SORTS = {
    "active": ("-last_activity_at", "-pk"),
    "newest": ("-created_at", "-pk"),
    "votes": ("-opening__score", "-created_at", "-pk"),
    "unanswered": ("-created_at", "-pk"),
}
DEFAULT_SORT = "active"


def discussion_pages() -> QuerySet:
    """Published, public courses and lessons: the pages that have a discussion."""
    return Page.objects.live().public().type(CoursePage, LessonPage)


def discussion_page_or_404(page_id: int):
    page = discussion_pages().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page.specific


def _shown(viewer, prefix: str = "") -> Q:
    """Everyone sees visible posts; authors also their own held or hidden ones, moderators
    everything, removed posts included (marked as such). With a prefix, the same rule for a
    related post (a thread's opening post)."""
    state, author = f"{prefix}state", f"{prefix}author"
    if viewer.is_authenticated and can(viewer, "moderation.queue"):
        return Q()
    shown = Q(**{state: Post.State.VISIBLE})
    if viewer.is_authenticated:
        shown |= Q(**{author: viewer, f"{state}__in": [Post.State.HELD, Post.State.HIDDEN]})
    return shown


def _with_reply_counts(threads: QuerySet, viewer) -> QuerySet:
    replies = _shown(viewer, "posts__") & ~Q(posts__pk=F("opening_id"))
    return threads.annotate(reply_count=Count("posts", filter=replies, distinct=True))


def visible_threads(*, viewer) -> QuerySet:
    return _with_reply_counts(
        Thread.objects.filter(_shown(viewer, "opening__")).select_related(
            "opening", "author", "author__profile"
        ),
        viewer,
    )


def threads_of(*, page, viewer, sort: str = DEFAULT_SORT, page_number=None):
    """A page's threads the viewer may see, pinned first (except among unanswered ones),
    then in the chosen order, with reply counts; a Paginator page."""
    sort = sort if sort in SORTS else DEFAULT_SORT
    threads = visible_threads(viewer=viewer).filter(page=page)
    if sort == "unanswered":
        threads = threads.filter(reply_count=0, accepted_answer=None).order_by(*SORTS[sort])
    else:
        threads = threads.order_by(F("pinned_at").desc(nulls_last=True), *SORTS[sort])
    return Paginator(threads, THREADS_PER_PAGE).get_page(page_number)


@dataclass
class Panel:
    """What a course or lesson page shows of its discussion."""

    seeds: list
    latest: list
    count: int


def panel(*, page, viewer, limit: int = 3) -> Panel:
    threads = visible_threads(viewer=viewer).filter(page=page)
    seeds = list(threads.filter(is_seed=True).order_by("-created_at")[:limit])
    latest = list(
        threads.filter(is_seed=False).order_by(
            F("pinned_at").desc(nulls_last=True), "-last_activity_at"
        )[:limit]
    )
    return Panel(seeds=seeds, latest=latest, count=threads.count())


def thread_or_404(*, thread_id: int, viewer) -> Thread:
    """A thread on a page that has a discussion, if the viewer may see its opening post."""
    thread = (
        Thread.objects.filter(pk=thread_id, page__in=discussion_pages())
        .filter(_shown(viewer, "opening__"))
        .select_related("opening", "author", "page", "accepted_answer")
        .first()
    )
    if thread is None:
        raise Http404
    return thread


@dataclass
class ThreadView:
    thread: Thread
    opening: Post
    accepted: Post | None
    replies: object  # a Paginator page of the other replies
    voted: set
    suggested: set
    reported: set

    @property
    def posts(self) -> list[Post]:
        """Every post shown on this page of the thread."""
        return [post for post in (self.opening, self.accepted) if post] + list(self.replies)


def thread_view(*, thread: Thread, viewer, page_number=None) -> ThreadView:
    """One thread: its opening post, the accepted answer, the other replies in order, and
    which of the shown posts the viewer upvoted or offered to the lesson."""
    posts = (
        Post.objects.filter(thread=thread)
        .filter(_shown(viewer))
        .select_related("author", "author__profile")
        .annotate(revision_count=Count("revisions"))
    )
    by_pk = {
        post.pk: post
        for post in posts.filter(pk__in=[thread.opening_id, thread.accepted_answer_id])
    }
    accepted = by_pk.get(thread.accepted_answer_id)
    others = posts.exclude(pk__in=[thread.opening_id, thread.accepted_answer_id or 0])
    replies = Paginator(others.order_by("created_at", "pk"), REPLIES_PER_PAGE).get_page(page_number)
    shown = [post.pk for post in [*by_pk.values(), *replies]]
    voted, reported = set(), set()
    if viewer.is_authenticated:
        voted = set(
            Vote.objects.filter(user=viewer, post__in=shown).values_list("post_id", flat=True)
        )
        reported = set(
            Flag.objects.filter(
                reporter=viewer,
                content_type=ContentType.objects.get_for_model(Post),
                object_id__in=shown,
            ).values_list("object_id", flat=True)
        )
    suggested = set(
        LessonSuggestion.objects.filter(post__in=shown).values_list("post_id", flat=True)
    )
    return ThreadView(
        thread=thread,
        opening=by_pk[thread.opening_id],
        accepted=accepted,
        replies=replies,
        voted=voted,
        suggested=suggested,
        reported=reported,
    )


def history_of(post: Post) -> QuerySet:
    return PostRevision.objects.filter(post=post).select_related("edited_by")


def teaching_topic_ids(user) -> set[int]:
    """Topics where the member is a peer teacher or mentor, with their subtopics."""
    taught = {
        topic_id
        for role, topic_id in held_roles(user=user)
        if role in (Role.PEER_TEACHER, Role.MENTOR) and topic_id is not None
    }
    if not taught:
        return set()
    tree = topic_tree()
    return set().union(*(subtree(topic_id, tree) for topic_id in taught))


def unanswered_threads_for(*, user, limit: int = 5) -> list[Thread]:
    """Open questions nobody has answered yet, in topics where the member teaches, the
    longest waiting first: what they could answer."""
    topic_ids = teaching_topic_ids(user)
    if not topic_ids:
        return []
    courses = CoursePage.objects.live().public().filter(topic_id__in=topic_ids)
    parent_path = Substr("path", 1, Length("path") - Page.steplen)
    pages = (
        discussion_pages()
        .annotate(parent_path=parent_path)
        .filter(Q(pk__in=courses.values("pk")) | Q(parent_path__in=courses.values("path")))
    )
    threads = (
        visible_threads(viewer=user)
        .filter(page__in=pages.values("pk"), reply_count=0, accepted_answer=None)
        .exclude(author=user)
        .exclude(locked_at__isnull=False)
        .select_related("page")
        .order_by("created_at", "pk")
    )
    return list(threads[:limit])


def open_suggestions_for(*, user) -> QuerySet:
    """Suggested improvements waiting on lessons the member may edit."""
    suggestions = LessonSuggestion.objects.filter(status=LessonSuggestion.Status.OPEN)
    if not has_role(user, Role.CURATOR):
        courses = CoursePage.objects.filter(Q(owner=user) | Q(co_authors=user))
        parent_path = Substr("lesson__path", 1, Length("lesson__path") - Page.steplen)
        suggestions = suggestions.annotate(course_path=parent_path).filter(
            course_path__in=courses.values("path")
        )
    return suggestions.select_related(
        "lesson", "post", "post__author", "post__thread", "suggested_by"
    ).order_by("created_at")
