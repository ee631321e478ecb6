"""Reads of community care: first-session buddies and referrals."""

from datetime import datetime, timedelta

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from academy.courses.models import Topic

from ..models import BuddyRequest, Referral, Standing
from ..roles import Role
from .ladder import subtree, topic_tree

NEW_TEACHER_DAYS = 90
LIVE = (BuddyRequest.Status.OPEN, BuddyRequest.Status.ACCEPTED)


def buddy_for(*, teacher, topic):
    """The mentor who agreed to co-host the teacher's first live session in the topic, or
    None. Live sessions make this mentor co-host of that first session."""
    accepted = (
        BuddyRequest.objects.filter(
            teacher=teacher, topic=topic, status=BuddyRequest.Status.ACCEPTED
        )
        .select_related("mentor")
        .first()
    )
    return accepted.mentor if accepted else None


def _topics_held(*, user, role: Role) -> QuerySet:
    held = Standing.objects.filter(user=user, role=role).exclude(basis=Standing.Basis.BLOCKED)
    return Topic.objects.filter(pk__in=held.values("topic")).order_by("name")


def taught_topics(*, teacher) -> QuerySet:
    return _topics_held(user=teacher, role=Role.PEER_TEACHER)


def _mentored_topic_ids(*, mentor) -> set[int]:
    tree = topic_tree()
    ids: set[int] = set()
    for topic in _topics_held(user=mentor, role=Role.MENTOR):
        ids |= subtree(topic.pk, tree)
    return ids


def requests_of(*, teacher) -> QuerySet:
    """Everything the teacher asked for or was offered, newest first."""
    return BuddyRequest.objects.filter(teacher=teacher).select_related("mentor", "topic")


def open_requests_for(*, mentor) -> QuerySet:
    """Teachers' open requests in the topics the mentor mentors (and their subtopics)."""
    return (
        BuddyRequest.objects.filter(
            status=BuddyRequest.Status.OPEN,
            offered_by_mentor=False,
            topic__in=_mentored_topic_ids(mentor=mentor),
        )
        .exclude(teacher=mentor)
        .select_related("teacher", "teacher__profile", "topic")
        .order_by("created_at")
    )


def offers_of(*, mentor) -> QuerySet:
    """The mentor's own offers and the requests they accepted, newest first."""
    return BuddyRequest.objects.filter(mentor=mentor).select_related("teacher", "topic")


def new_teachers_for(*, mentor, now: datetime | None = None) -> QuerySet:
    """Peer teachers of the mentor's topics since the last 90 days with no open or accepted
    buddy there: the standings the mentor may offer to co-host."""
    now = now or timezone.now()
    live_buddy = BuddyRequest.objects.filter(
        teacher=OuterRef("user"), topic=OuterRef("topic"), status__in=LIVE
    )
    return (
        Standing.objects.filter(
            role=Role.PEER_TEACHER,
            topic__in=_mentored_topic_ids(mentor=mentor),
            since__gte=now - timedelta(days=NEW_TEACHER_DAYS),
            user__is_active=True,
        )
        .exclude(basis=Standing.Basis.BLOCKED)
        .exclude(user=mentor)
        .exclude(Exists(live_buddy))
        .select_related("user", "user__profile", "topic")
        .order_by("-since")
    )


def referral_counts(*, referrer) -> dict[str, int]:
    referrals = Referral.objects.filter(referrer=referrer)
    return {
        "referred": referrals.count(),
        "activated": referrals.filter(~Q(activated_at=None)).count(),
    }
