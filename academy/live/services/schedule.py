"""What follows when a host publishes or cancels a session: its state row, the calendar
sequence, seats for the waitlist when the host added some, and emails to the people coming."""

import hashlib

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.peers.permissions import can
from academy.text import clean_text

from .. import selectors
from ..models import SessionState
from . import emails, registration, reminders


class ScheduleError(Exception):
    """Why a session cannot be changed, in words for its host."""


def calendar_fingerprint(session) -> str:
    """What a calendar shows of the session; a change raises the calendar SEQUENCE."""
    shown = "\x1f".join(
        [
            session.title,
            session.description,
            session.starts_at.isoformat(),
            session.ends_at.isoformat(),
            session.meeting_url,
        ]
    )
    return hashlib.sha256(shown.encode()).hexdigest()


def published(session) -> bool:
    """Bring the session's state in line with the published page. True when attendees'
    calendars held an older version; registered and waitlisted members are then emailed the
    session as it stands, unless it is cancelled or over. A cancelled session stays cancelled."""
    with transaction.atomic():
        state = registration.lock_state(session)
        fingerprint = calendar_fingerprint(session)
        changed = bool(state.calendar_fingerprint) and state.calendar_fingerprint != fingerprint
        if changed:
            state.calendar_sequence += 1
            reminders.rearm(session=session)
            if not state.cancelled_at and not selectors.is_over(session):
                for attendee in _attendees(session):
                    emails.changed(attendee)
        state.calendar_fingerprint = fingerprint
        state.save(update_fields=["calendar_sequence", "calendar_fingerprint"])
        registration.fill_seats(session=session)
    return changed


def cancel_session(*, session, by, reason: str, now=None) -> SessionState:
    """Call the session off: calendars get it as cancelled with a higher SEQUENCE, and
    everyone registered or waiting is emailed. Their registrations stay, so their private
    feeds keep the event and carry the cancellation to their calendars."""
    now = now or timezone.now()
    if not can(by, "session.run", session):
        raise ScheduleError(_("Only the hosts of a session can cancel it."))
    with transaction.atomic():
        state = registration.lock_state(session)
        if state.cancelled_at:
            return state
        if selectors.is_over(session, now):
            raise ScheduleError(_("The session is over; it can no longer be cancelled."))
        state.cancelled_at = now
        state.calendar_sequence += 1
        state.save(update_fields=["cancelled_at", "calendar_sequence"])
        reason = clean_text(reason)
        for attendee in _attendees(session):
            emails.cancelled(attendee, reason=reason, by=by)
    return state


def _attendees(session):
    for attendee in selectors.attendees(session):
        attendee.session = session  # the page already in hand, not one query per email
        yield attendee
