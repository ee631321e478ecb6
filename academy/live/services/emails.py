"""What the academy tells members about their sessions: a notification each (see
`academy.notifications`), emailed with the wording below when their settings ask, after
commit. The seat a member just took is confirmed by email only: it is the receipt of their
own action, with the calendar file, not news."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from academy.notifications import emails
from academy.notifications.links import absolute
from academy.notifications.services import Email, notify, notify_now


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


def _context(session, **context) -> dict:
    return {"session": session, "when": when(session), **links(session), **context}


def _notify_about(
    registration,
    *,
    kind: str,
    subject: str,
    template: str,
    params=None,
    actor=None,
    deliver=notify,
    **context,
):
    session = registration.session
    return deliver(
        recipient=registration.user,
        kind=kind,
        url=session.url or reverse("live:my_sessions"),
        actor=actor,
        params={"title": session.title, **(params or {})},
        email=Email(
            subject=subject % {"title": session.title},
            template=template,
            context=_context(session, **context),
        ),
    )


def registered(registration) -> None:
    session = registration.session
    emails.send(
        to=[registration.user.email],
        subject=_("Your seat: %(title)s") % {"title": session.title},
        template="live/email/registered.txt",
        context=_context(session),
    )


def promoted(registration) -> None:
    _notify_about(
        registration,
        kind="waitlist_promoted",
        subject=_("A seat opened up for you: %(title)s"),
        template="live/email/promoted.txt",
    )


def reminder(registration, *, event: str, subject: str, intro: str) -> None:
    """Sent at once rather than after commit: the reminders service claims the reminder
    first and must learn whether the email went out, to give the claim back if not. A
    failure raises and takes the notification back with it, so a retry shows one."""
    _notify_about(
        registration,
        kind="session_reminder",
        params={"event": event},
        subject=subject,
        template="live/email/reminder.txt",
        deliver=notify_now,
        intro=intro % {"title": registration.session.title},
    )


def changed(registration) -> None:
    _notify_about(
        registration,
        kind="session_changed",
        subject=_("Changed: %(title)s"),
        template="live/email/changed.txt",
    )


def cancelled(registration, *, reason: str, by=None) -> None:
    _notify_about(
        registration,
        kind="session_cancelled",
        params={"excerpt": reason},
        actor=by,
        subject=_("Cancelled: %(title)s"),
        template="live/email/cancelled.txt",
        reason=reason,
    )
