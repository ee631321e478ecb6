"""Reads of the catalogue search beyond the search itself: content requests and statistics."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Exists, OuterRef, QuerySet, Sum
from django.utils import timezone

from .models import ContentRequest, ContentRequestVote, QueryCount
from .query import normalise


def open_requests(*, user=None, topic=None) -> QuerySet:
    """Open content requests, most wanted first; `voted` tells whether the member voted."""
    requests = ContentRequest.objects.filter(status=ContentRequest.Status.OPEN).select_related(
        "topic"
    )
    if topic is not None:
        requests = requests.filter(topic=topic)
    if user is not None and user.is_authenticated:
        requests = requests.annotate(
            voted=Exists(ContentRequestVote.objects.filter(request=OuterRef("pk"), user=user))
        )
    return requests.order_by("-votes", "-created_at")


def wanted_requests(*, limit: int = 6) -> QuerySet:
    """Open requests curators put on the home page's "Wanted" list, the latest first."""
    return (
        ContentRequest.objects.filter(status=ContentRequest.Status.OPEN, wanted_since__isnull=False)
        .select_related("topic")
        .order_by("-wanted_since", "pk")[:limit]
    )


def recently_answered(*, limit: int = 6) -> QuerySet:
    return (
        ContentRequest.objects.filter(status=ContentRequest.Status.ANSWERED)
        .select_related("topic", "answer")
        .order_by("-answered_at")[:limit]
    )


def open_request_for(*, text: str, topic=None) -> ContentRequest | None:
    return ContentRequest.objects.filter(
        query=normalise(text), topic=topic, status=ContentRequest.Status.OPEN
    ).first()


@dataclass(frozen=True)
class QueryFigure:
    query: str
    searches: int
    zero_results: int
    few_results: int

    @property
    def zero_rate(self) -> float:
        return self.zero_results / self.searches if self.searches else 0.0


def query_figures(*, days: int = 30, limit: int = 20, today: date | None = None):
    """The most searched queries of the last days with how often each found nothing, and the
    totals over all queries: (top queries, total searches, total zero-result searches)."""
    since = (today or timezone.localdate()) - timedelta(days=days - 1)
    counts = QueryCount.objects.filter(day__gte=since)
    totals = counts.aggregate(searches=Sum("searches"), zero=Sum("zero_results"))
    top = (
        counts.values("query")
        .annotate(
            searches=Sum("searches"), zero_results=Sum("zero_results"), few=Sum("few_results")
        )
        .order_by("-searches", "query")[:limit]
    )
    figures = [
        QueryFigure(row["query"], row["searches"], row["zero_results"], row["few"]) for row in top
    ]
    return figures, totals["searches"] or 0, totals["zero"] or 0


def zero_result_queries(*, days: int = 30, limit: int = 20, today: date | None = None):
    """What was searched and not found, most often first: what to create next."""
    since = (today or timezone.localdate()) - timedelta(days=days - 1)
    rows = (
        QueryCount.objects.filter(day__gte=since, zero_results__gt=0)
        .values("query")
        .annotate(searches=Sum("searches"), zero_results=Sum("zero_results"))
        .order_by("-zero_results", "query")[:limit]
    )
    return [QueryFigure(row["query"], row["searches"], row["zero_results"], 0) for row in rows]


def requests_by_topic(*, user, per_topic: int = 5) -> list[tuple]:
    """The most wanted open requests in each topic this member may answer, as
    (topic or None, requests); topics with the most votes first."""
    from academy.courses.models import Topic
    from academy.peers.permissions import can

    groups = []
    topics = [None, *Topic.objects.all()]
    for topic in topics:
        if not can(user, "content_request.answer", topic):
            continue
        requests = (
            list(open_requests(topic=topic)[:per_topic])
            if topic
            else list(open_requests().filter(topic=None)[:per_topic])
        )
        if requests:
            groups.append((topic, requests))
    groups.sort(key=lambda group: -sum(request.votes for request in group[1]))
    return groups


def open_request_votes_by_topic() -> dict[int, int]:
    """Votes on open content requests per topic: demand the catalogue does not meet yet."""
    rows = (
        ContentRequest.objects.filter(status=ContentRequest.Status.OPEN, topic__isnull=False)
        .values("topic_id")
        .annotate(total=Sum("votes"))
    )
    return {row["topic_id"]: row["total"] for row in rows}
