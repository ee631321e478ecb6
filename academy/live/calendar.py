"""Calendar files: one session's `.ics`, and a member's private feed of all their sessions.

Times are written in UTC (a trailing Z), which every calendar reads without a VTIMEZONE;
each event keeps one UID for its life, and its SEQUENCE rises whenever the session changes or
is cancelled, so calendars replace the old copy instead of adding a second one.
"""

from datetime import UTC
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from .services.emails import absolute

PRODUCT_ID = "-//Peer Academy//Live sessions//EN"


def uid_of(session) -> str:
    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"live-session-{session.pk}@{domain}"


def _event(session, *, state, with_meeting_link: bool, now) -> Event:
    event = Event()
    event.add("uid", uid_of(session))
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", session.starts_at.astimezone(UTC))
    event.add("dtend", session.ends_at.astimezone(UTC))
    event.add("summary", session.title)
    page_url = absolute(session.url or "")
    description = f"{session.description}\n\n{page_url}"
    if with_meeting_link:
        description += f"\n{session.meeting_url}"
        event.add("location", session.meeting_url)
    event.add("description", description)
    event.add("url", page_url)
    event.add("sequence", state.calendar_sequence)
    event.add("status", "CANCELLED" if state.cancelled_at else "CONFIRMED")
    return event


def calendar_for(entries, *, name: str) -> bytes:
    """`entries`: (session, state, with_meeting_link) for each session to include."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    now = timezone.now()
    for session, state, with_meeting_link in entries:
        calendar.add_component(
            _event(session, state=state, with_meeting_link=with_meeting_link, now=now)
        )
    return calendar.to_ical()
