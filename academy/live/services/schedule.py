"""What follows when a host publishes a session: its state row, the calendar sequence, and
seats for the waitlist when the host added some."""

import hashlib

from django.db import transaction

from ..models import SessionState
from . import registration


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
    calendars hold an older version (the caller tells them)."""
    with transaction.atomic():
        SessionState.objects.get_or_create(session_id=session.pk)
        state = SessionState.objects.select_for_update().get(session_id=session.pk)
        fingerprint = calendar_fingerprint(session)
        changed = bool(state.calendar_fingerprint) and state.calendar_fingerprint != fingerprint
        if changed:
            state.calendar_sequence += 1
        state.calendar_fingerprint = fingerprint
        state.save(update_fields=["calendar_sequence", "calendar_fingerprint"])
        registration.fill_seats(session=session)
    return changed
