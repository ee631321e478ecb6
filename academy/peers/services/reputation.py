from datetime import datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from .. import reputation
from ..models import ReputationEvent, ReputationTotal
from ..reputation import Cause
from . import events


@transaction.atomic
def award(
    *,
    user,
    cause: Cause,
    cause_key: str,
    topic=None,
    source=None,
    occurred_at: datetime | None = None,
):
    """Record one cause of reputation for `user`; nothing happens if it was recorded before.

    Positive points count toward the member's daily cap; what goes beyond it is recorded as
    0 points (the cause is used up, as on Stack Overflow). `occurred_at` backdates an entry
    (imports, demo history). After commit the member's ladder, badges and referral are
    reviewed. Returns the new event, or None.
    """
    if ReputationEvent.objects.filter(cause_key=cause_key).exists():
        return None
    occurred_at = occurred_at or timezone.now()
    overall = _locked_total(user=user, topic=None)  # serialises awards per member
    points = _within_daily_cap(
        user=user, points=reputation.points_for(cause), occurred_at=occurred_at
    )
    try:
        with transaction.atomic():
            event = ReputationEvent.objects.create(
                user=user,
                topic=topic,
                cause=cause,
                cause_key=cause_key,
                points=points,
                source_type=ContentType.objects.get_for_model(source) if source else None,
                source_id=source.pk if source else None,
                created_at=occurred_at,
            )
    except IntegrityError:
        return None  # the same cause, recorded by a concurrent request
    totals = [overall, _locked_total(user=user, topic=topic)] if topic else [overall]
    ReputationTotal.objects.filter(pk__in=[total.pk for total in totals]).update(
        points=F("points") + points
    )
    transaction.on_commit(lambda: events.after_ledger_event(event))
    return event


def award_after_commit(**award_fields) -> None:
    """Record the cause once the write that earned it is committed; a write that rolls back
    earns nothing."""
    transaction.on_commit(lambda: award(**award_fields))


def _locked_total(*, user, topic) -> ReputationTotal:
    ReputationTotal.objects.get_or_create(user=user, topic=topic)
    return ReputationTotal.objects.select_for_update().get(user=user, topic=topic)


def _within_daily_cap(*, user, points: int, occurred_at: datetime) -> int:
    if points <= 0:
        return points
    start_of_day = occurred_at.replace(hour=0, minute=0, second=0, microsecond=0)
    earned_that_day = (
        ReputationEvent.objects.filter(
            user=user,
            created_at__gte=start_of_day,
            created_at__lt=start_of_day + timedelta(days=1),
            points__gt=0,
        ).aggregate(total=Sum("points"))["total"]
        or 0
    )
    return max(0, min(points, reputation.daily_cap() - earned_that_day))


def rebuild_totals(*, users) -> None:
    """Recompute the totals of these members from the ledger alone."""
    for user in users:
        with transaction.atomic():
            ReputationTotal.objects.filter(user=user).delete()
            per_topic = (
                ReputationEvent.objects.filter(user=user)
                .values("topic")
                .annotate(points=Sum("points"))
            )
            totals = [
                ReputationTotal(user=user, topic_id=row["topic"], points=row["points"])
                for row in per_topic
                if row["topic"] is not None
            ]
            overall = sum(row["points"] for row in per_topic)
            totals.append(ReputationTotal(user=user, topic=None, points=overall))
            ReputationTotal.objects.bulk_create(totals)
