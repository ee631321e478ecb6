"""Every write of notifications. `notify` is the one entry point every app calls.

A notification is a row first, written in the caller's transaction, so it exists exactly when
what it tells about does. Its email follows after commit, through the task queue, when the
member wants this kind emailed one by one; kinds they want in the daily digest wait for
`send_digests`. Nobody is notified of their own action, and closed accounts get nothing.
"""

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from . import emails, links, selectors, unsubscribe
from .emails import Email
from .kinds import DEFAULTS, SPECS, Delivery, Kind
from .models import Notification, NotificationPreference

logger = logging.getLogger(__name__)

__all__ = [
    "DigestOutcome",
    "Email",
    "mark_all_read",
    "mark_read",
    "notify",
    "notify_now",
    "send_digest",
    "send_digests",
    "set_deliveries",
    "settle_digests",
    "stop_emails",
]


def notify(
    *,
    recipient,
    kind: Kind | str,
    url: str,
    params: dict | None = None,
    actor=None,
    email: Email | None = None,
) -> Notification | None:
    """Tell `recipient` that something happened; returns the notification, or None when
    nobody is to be told (a closed account, or the member's own action).

    `url` is where opening it leads (a path on this site); `params` are plain values its
    text is rendered from (see `kinds.py`); `email` is the event's own email, when it has
    one, sent instead of the notification's text if the member wants this kind by email.
    The email is queued once the caller's transaction commits; a failing mail server never
    breaks the caller's action.
    """
    notification = _create(recipient=recipient, kind=kind, url=url, params=params, actor=actor)
    if notification is not None and notification.emailed_at is not None:
        emails.enqueue_after_commit(emails.for_notification(notification, email=email))
    return notification


def notify_now(
    *,
    recipient,
    kind: Kind | str,
    url: str,
    params: dict | None = None,
    actor=None,
    email: Email | None = None,
) -> Notification | None:
    """Like `notify`, but the email is sent at once and a failure raises, taking the
    notification back with it: for callers that already run after commit and must learn
    whether the email went out (session reminders retry the ones that failed)."""
    with transaction.atomic():
        notification = _create(recipient=recipient, kind=kind, url=url, params=params, actor=actor)
        if notification is not None and notification.emailed_at is not None:
            message = emails.for_notification(notification, email=email)
            if message is not None:
                message.send()
    return notification


def _create(*, recipient, kind, url: str, params, actor) -> Notification | None:
    kind = Kind(kind)
    params = _plain(params)
    if recipient is None or not recipient.is_active:
        return None
    if actor is not None and actor.pk == recipient.pk:
        return None
    delivery = selectors.delivery_for(user=recipient, kind=kind)
    emailing = delivery == Delivery.EMAIL and bool(recipient.email)
    return Notification.objects.create(
        recipient=recipient,
        kind=kind,
        actor=actor,
        url=_local(url, kind=kind),
        params=params,
        delivery=delivery,
        emailed_at=timezone.now() if emailing else None,
    )


def _local(url: str, *, kind: Kind) -> str:
    """The address to store, a path on this site: another host, a scheme such as
    `javascript:` or a protocol-relative `//host` leads to the list of notifications
    instead. The member is still told; a producer's bad link must not undo their action,
    nor reach their inbox. Logged, since it is a mistake in our code."""
    path = links.neutral(url)
    if links.is_local(path):
        return path
    logger.warning(
        "A %s notification linked off the site (%r); it leads to the notification list", kind, url
    )
    return links.notification_list(settings.LANGUAGE_CODE)


def _plain(params: Mapping | None) -> dict:
    """Parameters are stored as JSON and rendered in every language later: plain values
    only. A model instance or a translated string would be a programming error."""
    try:
        # As the database will give them back: enumerations become their values.
        return json.loads(json.dumps(dict(params or {})))
    except TypeError as error:
        raise TypeError(f"Notification params must be plain values: {error}") from None


# Reading ----------------------------------------------------------------------------------


def mark_read(*, notification: Notification) -> Notification:
    """Mark one notification read (again: it keeps the first time)."""
    if notification.read_at is None:
        now = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(read_at=now)
        notification.read_at = now
    return notification


def mark_all_read(*, user) -> int:
    """Mark every unread notification of the member read; returns how many were unread."""
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


# Email settings ---------------------------------------------------------------------------


@transaction.atomic
def set_deliveries(*, user, deliveries: Mapping) -> None:
    """Save how the member wants each kind emailed. Only choices that differ from the
    default are stored, so a kind they never changed follows the default."""
    chosen = {Kind(kind): Delivery(delivery) for kind, delivery in deliveries.items()}
    for kind, delivery in chosen.items():
        if delivery == Delivery.DIGEST and not SPECS[kind].digest_allowed:
            raise ValueError(f"{kind} cannot wait for the daily digest.")
    differs = {kind: delivery for kind, delivery in chosen.items() if delivery != DEFAULTS[kind]}
    NotificationPreference.objects.filter(
        user=user, kind__in=[kind for kind in chosen if kind not in differs]
    ).delete()
    NotificationPreference.objects.bulk_create(
        [
            NotificationPreference(user=user, kind=kind, delivery=delivery)
            for kind, delivery in differs.items()
        ],
        update_conflicts=True,
        unique_fields=["user", "kind"],
        update_fields=["delivery"],
    )


def stop_emails(*, user, what: str) -> list[Kind]:
    """An unsubscribe link was followed: no more email about this kind (or, for the digest's
    link, about every kind the member gets in the digest). Returns the kinds turned off;
    they still show in the academy."""
    if what == unsubscribe.DIGEST:
        kinds = [
            kind
            for kind, delivery in selectors.deliveries_for(user=user).items()
            if delivery == Delivery.DIGEST
        ]
    else:
        kinds = [Kind(what)]
    set_deliveries(user=user, deliveries=dict.fromkeys(kinds, Delivery.OFF))
    return kinds


# The daily digest -------------------------------------------------------------------------


@dataclass
class DigestOutcome:
    """What one run did, counted in members. Emails go out after commit: the counts are final
    once the caller's transaction has committed, at once when there is none (cron, a task
    worker)."""

    sent: int = 0
    failed: int = 0


def send_digests(*, now=None, members: Iterable | None = None) -> DigestOutcome:
    """Email every member their daily digest, if one is due. Safe to run again at any time,
    also while another run is going: a notification goes into one digest at most."""
    now = now or timezone.now()
    outcome = DigestOutcome()
    for member in selectors.members_with_digest_due() if members is None else members:
        send_digest(user=member, now=now, outcome=outcome)
    return outcome


def send_digest(*, user, now=None, outcome: DigestOutcome | None = None) -> int:
    """Claim the member's waiting notifications and email them as one digest after commit.
    Returns how many were claimed.

    The claim is a conditional UPDATE of `emailed_at`, so overlapping runs never put a
    notification in two digests, and a run that stops halfway leaves the members it did
    done. An email that fails gives its claim back, and the next run tries again.
    """
    now = now or timezone.now()
    outcome = outcome if outcome is not None else DigestOutcome()
    waiting = list(selectors.digest_due().filter(recipient=user).values_list("pk", flat=True))
    if not waiting:
        return 0
    Notification.objects.filter(
        pk__in=waiting, emailed_at__isnull=True, read_at__isnull=True
    ).update(emailed_at=now)
    claimed = list(
        Notification.objects.filter(pk__in=waiting, emailed_at=now).order_by("created_at", "pk")
    )
    if claimed:
        # After commit: a caller's transaction that rolls back takes the claim with it, and
        # must not have sent the email.
        transaction.on_commit(
            partial(_deliver_digest, user, claimed, claimed_at=now, outcome=outcome)
        )
    return len(claimed)


def _deliver_digest(user, claimed: list[Notification], *, claimed_at, outcome) -> None:
    try:
        # Sent from cron or the worker, where no request names a language.
        with translation.override(settings.LANGUAGE_CODE):
            message = emails.digest(user=user, notifications=claimed)
        if message is not None:
            message.send()
    except Exception:
        # One bad address or a mail server hiccup must not hold up everyone else's digest.
        logger.exception("The daily digest for member %s failed; the next run retries it", user.pk)
        Notification.objects.filter(
            pk__in=[item.pk for item in claimed], emailed_at=claimed_at
        ).update(emailed_at=None)
        outcome.failed += 1
    else:
        outcome.sent += 1


def settle_digests(*, since) -> int:
    """Count what waits for a digest since `since` as emailed, without sending it: for the
    demo loader, which replays a history nobody should get by email later. Returns how many
    notifications it settled."""
    return Notification.objects.filter(
        created_at__gte=since, delivery=Delivery.DIGEST, emailed_at__isnull=True
    ).update(emailed_at=timezone.now())
