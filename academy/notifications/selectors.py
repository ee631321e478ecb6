"""Reads of notifications: a member's list and unread count, their email settings, and the
digests that are due."""

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, QuerySet

from .kinds import DEFAULTS, SPECS, Delivery, Kind
from .models import Notification, NotificationPreference


def inbox(*, user) -> QuerySet:
    """The member's notifications, newest first. Nobody else's, administrators included:
    notifications are personal, so this is the only list there is."""
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-pk")


def unread_count(*, user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def unread_count_for(request) -> int:
    """The signed-in member's unread count, counted once per request: the header's bell and
    the page may both ask."""
    if not hasattr(request, "_unread_notifications"):
        request._unread_notifications = unread_count(user=request.user)
    return request._unread_notifications


def deliveries_for(*, user) -> dict[Kind, Delivery]:
    """How the member wants each kind emailed: their choice, else the default."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    return {
        kind: _allowed(kind, Delivery(chosen[kind])) if kind in chosen else default
        for kind, default in DEFAULTS.items()
    }


def delivery_for(*, user, kind) -> Delivery:
    kind = Kind(kind)
    chosen = (
        NotificationPreference.objects.filter(user=user, kind=kind)
        .values_list("delivery", flat=True)
        .first()
    )
    return _allowed(kind, Delivery(chosen)) if chosen else DEFAULTS[kind]


def _allowed(kind: Kind, delivery: Delivery) -> Delivery:
    # A kind that cannot wait for the digest is emailed one by one instead.
    if delivery == Delivery.DIGEST and not SPECS[kind].digest_allowed:
        return Delivery.EMAIL
    return delivery


def digest_due() -> QuerySet:
    """Notifications waiting for a daily digest: the member asked for one when they happened,
    has not read them since, and still gets this kind by email at all (unsubscribing stops
    what is already waiting too)."""
    turned_off = NotificationPreference.objects.filter(
        user_id=OuterRef("recipient_id"), kind=OuterRef("kind"), delivery=Delivery.OFF
    )
    return (
        Notification.objects.filter(
            delivery=Delivery.DIGEST,
            emailed_at__isnull=True,
            read_at__isnull=True,
            recipient__is_active=True,
        )
        .exclude(recipient__email="")
        .filter(~Exists(turned_off))
    )


def members_with_digest_due() -> QuerySet:
    """The members who have a digest due, in a stable order."""
    return (
        get_user_model().objects.filter(pk__in=digest_due().values("recipient_id")).order_by("pk")
    )
