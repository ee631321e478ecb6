"""The leaderboard: reputation earned in the last 30 days, overall or in a topic."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Q, QuerySet, Sum
from django.utils import timezone

from ..models import ReputationEvent
from .ladder import subtree, topic_tree
from .profiles import display_name

WINDOW_DAYS = 30
TOP = 20


@dataclass
class Row:
    rank: int
    user: object
    points: int

    @property
    def name(self) -> str:
        return display_name(self.user)


def _standings(*, topic=None, now: datetime | None = None) -> QuerySet:
    """(user id, points) of listed members with points in the window, highest first."""
    now = now or timezone.now()
    events = ReputationEvent.objects.filter(
        created_at__gt=now - timedelta(days=WINDOW_DAYS), created_at__lte=now
    )
    if topic is not None:
        events = events.filter(topic__in=subtree(topic.pk, topic_tree()))
    return (
        events.filter(user__is_active=True)
        .exclude(Q(user__profile__hide_from_leaderboards=True))
        .values("user")
        .annotate(total=Sum("points"))
        .filter(total__gt=0)
        .order_by("-total", "user")
    )


def _rank_of(points: int, standings: QuerySet) -> int:
    """Ranks are shared by equal points (1, 2, 2, 4)."""
    return standings.filter(total__gt=points).count() + 1


def top(*, topic=None, now: datetime | None = None, limit: int = TOP) -> list[Row]:
    from django.contrib.auth import get_user_model

    standings = _standings(topic=topic, now=now)
    rows = list(standings[:limit])
    users = (
        get_user_model().objects.select_related("profile").in_bulk([row["user"] for row in rows])
    )
    result, rank = [], 0
    for position, row in enumerate(rows, start=1):
        if position == 1 or row["total"] != rows[position - 2]["total"]:
            rank = position
        result.append(Row(rank=rank, user=users[row["user"]], points=row["total"]))
    return result


def rank_of(*, user, topic=None, now: datetime | None = None) -> Row | None:
    """The member's own place, or None if they earned nothing in the window (or opted out)."""
    standings = _standings(topic=topic, now=now)
    own = standings.filter(user=user.pk).first()
    if own is None:
        return None
    return Row(rank=_rank_of(own["total"], standings), user=user, points=own["total"])
