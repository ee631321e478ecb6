"""Emails of community care, sent after commit: buddies, welcomes, removed content."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from ..reputation import Cause, points_for
from ..roles import Role
from ..selectors.ladder import members_holding
from ..selectors.profiles import display_name
from .notifications import send


def _community_url() -> str:
    return settings.WAGTAILADMIN_BASE_URL + reverse("peers:community")


def buddy_requested(buddy_request) -> None:
    """A teacher asked: every mentor of the topic hears about it."""
    mentors = members_holding(Role.MENTOR, topic=buddy_request.topic).exclude(
        pk=buddy_request.teacher_id
    )
    send(
        to=[mentor.email for mentor in mentors],
        subject=_("%(teacher)s asks for a first-session buddy in %(topic)s")
        % {"teacher": display_name(buddy_request.teacher), "topic": buddy_request.topic.name},
        template="peers/email/buddy_requested.txt",
        context=_context(buddy_request),
    )


def buddy_offered(buddy_request) -> None:
    send(
        to=[buddy_request.teacher.email],
        subject=_("%(mentor)s offers to co-host your first live session in %(topic)s")
        % {"mentor": display_name(buddy_request.mentor), "topic": buddy_request.topic.name},
        template="peers/email/buddy_offered.txt",
        context=_context(buddy_request),
    )


def buddy_answered(buddy_request) -> None:
    """Tell the side that asked what the other side decided."""
    asker = buddy_request.mentor if buddy_request.offered_by_mentor else buddy_request.teacher
    accepted = buddy_request.status == buddy_request.Status.ACCEPTED
    subject = (
        _("Your first-session buddy in %(topic)s is confirmed")
        if accepted
        else _("Your first-session buddy offer in %(topic)s was declined")
    )
    send(
        to=[asker.email],
        subject=subject % {"topic": buddy_request.topic.name},
        template="peers/email/buddy_answered.txt",
        context={**_context(buddy_request), "accepted": accepted},
    )


def buddy_withdrawn(buddy_request, *, notify) -> None:
    send(
        to=[notify.email],
        subject=_("A first-session buddy in %(topic)s was withdrawn")
        % {"topic": buddy_request.topic.name},
        template="peers/email/buddy_withdrawn.txt",
        context=_context(buddy_request),
    )


def _context(buddy_request) -> dict:
    return {
        "buddy": buddy_request,
        "teacher_name": display_name(buddy_request.teacher),
        "mentor_name": display_name(buddy_request.mentor) if buddy_request.mentor_id else "",
        "community_url": _community_url(),
    }


def welcomed(welcome) -> None:
    send(
        to=[welcome.member.email],
        subject=_("Welcome to Peer Academy, from %(name)s")
        % {"name": display_name(welcome.welcomed_by)},
        template="peers/email/welcome.txt",
        context={
            "welcome": welcome,
            "sender_name": display_name(welcome.welcomed_by),
            "courses_url": settings.WAGTAILADMIN_BASE_URL + "/",
        },
    )


def content_removed(*, author, kind, text: str, reasons: list[str], note: str) -> None:
    send(
        to=[author.email],
        subject=_("Moderators removed your %(kind)s") % {"kind": str(kind.label).lower()},
        template="peers/email/content_removed.txt",
        context={
            "kind": kind,
            "text": text,
            "reasons": reasons,
            "note": note,
            "points": abs(points_for(Cause.CONTENT_REMOVED)),
        },
    )
