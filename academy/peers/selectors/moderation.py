"""Reads for moderators: open reports grouped per reported object, newcomers nobody has
welcomed, active suspensions; and the one rule for hiding removed content."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from academy.courses.models import (
    Enrolment,
    Kudos,
    LessonCompletion,
    LessonFeedback,
    PracticeReport,
)

from ..flaggable import Kind, kind_of
from ..models import Flag, ReputationEvent, Suspension, Welcome

NEWCOMER_QUIET_DAYS = 7


def _removed_flags(model) -> QuerySet:
    return Flag.objects.filter(
        content_type=ContentType.objects.get_for_model(model), status=Flag.Status.REMOVED
    )


def without_removed(queryset: QuerySet) -> QuerySet:
    """Leave out what moderators removed; the rows themselves are kept (decision 27)."""
    removed = _removed_flags(queryset.model).filter(object_id=OuterRef("pk"))
    return queryset.exclude(Exists(removed))


def is_removed(obj) -> bool:
    return obj.pk is not None and _removed_flags(type(obj)).filter(object_id=obj.pk).exists()


def has_reported(*, reporter, obj) -> bool:
    return Flag.objects.filter(
        reporter=reporter,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
    ).exists()


@dataclass
class FlagGroup:
    """Every open report of one object, as the queue shows it."""

    content_type: ContentType
    object_id: int
    content: object | None
    kind: Kind | None
    flags: list[Flag] = field(default_factory=list)

    @property
    def author(self):
        return self.kind.author(self.content) if self.content is not None else None

    @property
    def text(self) -> str:
        return self.kind.text(self.content) if self.content is not None else ""

    @property
    def url(self) -> str:
        return self.kind.url(self.content) if self.content is not None else ""

    @property
    def reasons(self) -> list[tuple[str, int]]:
        counts = Counter(flag.get_reason_display() for flag in self.flags)
        return counts.most_common()

    @property
    def notes(self) -> list[Flag]:
        return [flag for flag in self.flags if flag.note]

    @property
    def first_reported(self) -> datetime:
        return self.flags[0].created_at


def open_flag_groups() -> list[FlagGroup]:
    """Reported objects waiting for a decision, the longest waiting first."""
    groups: dict[tuple[int, int], FlagGroup] = {}
    flags = Flag.objects.filter(status=Flag.Status.OPEN).select_related("content_type", "reporter")
    for flag in flags.order_by("created_at", "pk"):
        key = (flag.content_type_id, flag.object_id)
        if key not in groups:
            content = flag.content
            groups[key] = FlagGroup(
                content_type=flag.content_type,
                object_id=flag.object_id,
                content=content,
                kind=kind_of(content) if content is not None else None,
            )
        groups[key].flags.append(flag)
    return list(groups.values())


@dataclass
class HeldItem:
    """Content that waits for a moderator's approval before others see it."""

    kind: Kind
    content: object

    @property
    def content_type(self) -> ContentType:
        return ContentType.objects.get_for_model(self.content)

    @property
    def author(self):
        return self.kind.author(self.content)

    @property
    def text(self) -> str:
        return self.kind.text(self.content)

    @property
    def url(self) -> str:
        return self.kind.url(self.content)


def held_items() -> list[HeldItem]:
    """Everything waiting for approval, of every kind that holds content, oldest first."""
    from ..flaggable import KINDS

    items = [
        HeldItem(kind=kind, content=content)
        for kind in KINDS.values()
        if kind.held is not None
        for content in kind.held()
    ]
    return sorted(items, key=lambda item: (item.content.created_at, item.content.pk))


def open_flags_of(*, content_type: ContentType, object_id: int) -> QuerySet:
    return Flag.objects.filter(
        content_type=content_type, object_id=object_id, status=Flag.Status.OPEN
    )


def newcomers_to_welcome(*, now: datetime | None = None) -> QuerySet:
    """Active members with a verified address who joined over a week ago and have done
    nothing yet (no enrolment, lesson, feedback, practice report, kudos or reputation), and
    whom nobody welcomed; the longest waiting first."""
    now = now or timezone.now()
    user = OuterRef("pk")
    activity = [
        Exists(model.objects.filter(user=user))
        for model in (
            Enrolment,
            LessonCompletion,
            LessonFeedback,
            PracticeReport,
            Kudos,
            ReputationEvent,
        )
    ]
    activity.append(Exists(Welcome.objects.filter(member=user)))
    verified = Exists(EmailAddress.objects.filter(user=user, verified=True))
    members = get_user_model().objects.filter(
        verified,
        is_active=True,
        is_superuser=False,
        date_joined__lte=now - timedelta(days=NEWCOMER_QUIET_DAYS),
    )
    for done in activity:
        members = members.exclude(done)
    return members.select_related("profile").order_by("date_joined", "pk")


def active_suspensions(*, now: datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    return (
        Suspension.objects.filter(lifted_at=None, starts_at__lte=now, ends_at__gt=now)
        .select_related("user", "created_by")
        .order_by("ends_at")
    )


@dataclass(frozen=True)
class QueueSize:
    reported: int
    waiting_for_approval: int

    @property
    def total(self) -> int:
        return self.reported + self.waiting_for_approval


def queue_size() -> QueueSize:
    """How much waits for moderators: reported objects (not reports) and held posts."""
    from ..flaggable import KINDS

    reported = (
        Flag.objects.filter(status=Flag.Status.OPEN)
        .values("content_type_id", "object_id")
        .distinct()
        .count()
    )
    held = sum(kind.held().count() for kind in KINDS.values() if kind.held is not None)
    return QueueSize(reported=reported, waiting_for_approval=held)
