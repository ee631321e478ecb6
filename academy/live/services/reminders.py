"""Reminders a day and an hour before a session, to every member holding a seat.

`send_due` runs every few minutes (cron or a task). Each reminder is claimed by a conditional
UPDATE of its registration's stamp before its email goes out, so runs that overlap, on one
machine or several, send it once. An email that fails gives its claim back, and the next run
tries again.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import selectors
from ..models import Registration
from . import emails

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reminder:
    name: str
    # Which reminder the member's notification names ("day" or "hour").
    event: str
    # The registration's field that records when it was sent.
    stamp: str
    # Due from `lead` before the start until `closes` before it.
    lead: timedelta
    closes: timedelta
    # Also for members whose seat is newer than the reminder's due time.
    late_seats: bool
    subject: str
    intro: str

    def due(self, now):
        return selectors.reminders_due(
            stamp=self.stamp,
            opens=self.lead,
            closes=self.closes,
            late_seats=self.late_seats,
            now=now,
        )


HOUR_BEFORE = Reminder(
    name="hour before",
    event="hour",
    stamp="reminded_hour_before_at",
    lead=timedelta(hours=1),
    closes=timedelta(0),
    late_seats=True,
    subject=_("Starting soon: %(title)s"),
    intro=_('"%(title)s" starts in about an hour. Your seat is waiting.'),
)
DAY_BEFORE = Reminder(
    name="day before",
    event="day",
    stamp="reminded_day_before_at",
    lead=timedelta(hours=24),
    # In the last hour only the hour reminder goes out, even when a run was missed.
    closes=HOUR_BEFORE.lead,
    # A seat taken less than a day ahead came with an email of its own a moment ago.
    late_seats=False,
    # Not "Tomorrow": after missed runs it may go out on the day itself.
    subject=_("Coming up: %(title)s"),
    intro=_('A reminder: you have a seat in "%(title)s".'),
)
REMINDERS = (DAY_BEFORE, HOUR_BEFORE)


@dataclass
class Outcome:
    """What one run did. Emails go out after commit: the counts are final once the caller's
    transaction has committed, at once when there is none (cron, a task worker)."""

    sent: int = 0
    failed: int = 0


def send_due(*, now=None) -> Outcome:
    """Claim and send every reminder that is due."""
    now = now or timezone.now()
    outcome = Outcome()
    for reminder in REMINDERS:
        for registration in reminder.due(now):
            if _claim(registration, reminder, now):
                # After commit: a caller's transaction that rolls back takes the claim with
                # it, and must not have sent the email.
                transaction.on_commit(
                    partial(_deliver, registration, reminder, claimed_at=now, outcome=outcome)
                )
    return outcome


def _claim(registration, reminder: Reminder, now) -> bool:
    claimed = Registration.objects.filter(
        pk=registration.pk,
        status=Registration.Status.REGISTERED,
        **{f"{reminder.stamp}__isnull": True},
    ).update(**{reminder.stamp: now})
    return claimed == 1


def _deliver(registration, reminder: Reminder, *, claimed_at, outcome: Outcome) -> None:
    try:
        emails.reminder(
            registration, event=reminder.event, subject=reminder.subject, intro=reminder.intro
        )
    except Exception:
        # One bad address or a mail server hiccup must not hold up everyone else's reminder.
        logger.exception(
            "The %s reminder for registration %s failed; the next run retries it",
            reminder.name,
            registration.pk,
        )
        Registration.objects.filter(pk=registration.pk, **{reminder.stamp: claimed_at}).update(
            **{reminder.stamp: None}
        )
        outcome.failed += 1
    else:
        outcome.sent += 1


def rearm(*, session) -> None:
    """After the session moved: reminders sent before their new due time go out again."""
    registrations = Registration.objects.filter(session=session)
    for reminder in REMINDERS:
        registrations.filter(**{f"{reminder.stamp}__lt": session.starts_at - reminder.lead}).update(
            **{reminder.stamp: None}
        )
