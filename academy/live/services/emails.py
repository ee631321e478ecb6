"""What the academy emails members about their sessions, sent after commit."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from academy.peers.services.notifications import send, send_now


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL + path


def when(session) -> str:
    """The start on the session's own clock, with the zone named: email has no viewer's zone."""
    local = timezone.localtime(session.starts_at, session.local_zone)
    return f"{date_format(local, 'DATETIME_FORMAT')} ({session.time_zone})"


def links(session) -> dict:
    return {
        "session_url": absolute(session.url or ""),
        "room_url": absolute(reverse("live:room", args=[session.pk])),
        "ics_url": absolute(reverse("live:session_ics", args=[session.pk])),
        "cancel_url": absolute(reverse("live:cancel", args=[session.pk])),
    }


def _send_about(registration, *, subject: str, template: str, deliver=send, **context) -> None:
    session = registration.session
    deliver(
        to=[registration.user.email],
        subject=subject % {"title": session.title},
        template=template,
        context={"session": session, "when": when(session), **links(session), **context},
    )


def registered(registration) -> None:
    _send_about(
        registration,
        subject=_("Your seat: %(title)s"),
        template="live/email/registered.txt",
    )


def promoted(registration) -> None:
    _send_about(
        registration,
        subject=_("A seat opened up for you: %(title)s"),
        template="live/email/promoted.txt",
    )


def reminder(registration, *, subject: str, intro: str) -> None:
    """Sent at once rather than after commit: the reminders service claims the reminder
    first and must learn whether the email went out, to give the claim back if not."""
    _send_about(
        registration,
        subject=subject,
        template="live/email/reminder.txt",
        deliver=send_now,
        intro=intro % {"title": registration.session.title},
    )


def changed(registration) -> None:
    _send_about(
        registration,
        subject=_("Changed: %(title)s"),
        template="live/email/changed.txt",
    )


def cancelled(registration, *, reason: str) -> None:
    _send_about(
        registration,
        subject=_("Cancelled: %(title)s"),
        template="live/email/cancelled.txt",
        reason=reason,
    )
