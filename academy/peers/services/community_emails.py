"""What members are told about community care: buddies, welcomes, removed content. Each is a
notification (`academy.notifications`), emailed with the wording below when their settings
ask."""

from django.urls import reverse
from django.utils.translation import gettext as _

from academy.notifications.links import absolute
from academy.notifications.services import Email, notify

from ..reputation import Cause, points_for
from ..roles import Role
from ..selectors.ladder import members_holding
from ..selectors.profiles import display_name


def _community_path() -> str:
    return reverse("peers:community")


def _notify_buddy(buddy_request, *, recipient, event: str, actor, subject, template, **context):
    params = _params(buddy_request, event)
    notify(
        recipient=recipient,
        kind="buddy_request",
        url=_community_path(),
        actor=actor,
        params=params,
        email=Email(
            subject=subject % params,
            template=template,
            context={**_context(buddy_request), **context},
        ),
    )


def buddy_requested(buddy_request) -> None:
    """A teacher asked: every mentor of the topic hears about it."""
    mentors = members_holding(Role.MENTOR, topic=buddy_request.topic).exclude(
        pk=buddy_request.teacher_id
    )
    for mentor in mentors:
        _notify_buddy(
            buddy_request,
            recipient=mentor,
            event="requested",
            actor=buddy_request.teacher,
            subject=_("%(teacher)s asks for a first-session buddy in %(topic)s"),
            template="peers/email/buddy_requested.txt",
        )


def buddy_offered(buddy_request) -> None:
    _notify_buddy(
        buddy_request,
        recipient=buddy_request.teacher,
        event="offered",
        actor=buddy_request.mentor,
        subject=_("%(mentor)s offers to co-host your first live session in %(topic)s"),
        template="peers/email/buddy_offered.txt",
    )


def buddy_answered(buddy_request) -> None:
    """Tell the side that asked what the other side decided."""
    if buddy_request.offered_by_mentor:
        asker, answerer = buddy_request.mentor, buddy_request.teacher
    else:
        asker, answerer = buddy_request.teacher, buddy_request.mentor
    accepted = buddy_request.status == buddy_request.Status.ACCEPTED
    _notify_buddy(
        buddy_request,
        recipient=asker,
        event="accepted" if accepted else "declined",
        actor=answerer,
        subject=(
            _("Your first-session buddy in %(topic)s is confirmed")
            if accepted
            else _("Your first-session buddy offer in %(topic)s was declined")
        ),
        template="peers/email/buddy_answered.txt",
        accepted=accepted,
    )


def buddy_withdrawn(buddy_request, *, recipient) -> None:
    """`recipient` is the side that did not withdraw."""
    withdrawn_by = (
        buddy_request.mentor if buddy_request.offered_by_mentor else buddy_request.teacher
    )
    _notify_buddy(
        buddy_request,
        recipient=recipient,
        event="withdrawn",
        actor=withdrawn_by,
        subject=_("A first-session buddy in %(topic)s was withdrawn"),
        template="peers/email/buddy_withdrawn.txt",
    )


def _params(buddy_request, event: str) -> dict:
    return {
        "event": event,
        "teacher": display_name(buddy_request.teacher),
        "mentor": display_name(buddy_request.mentor) if buddy_request.mentor_id else "",
        "topic": buddy_request.topic.name,
    }


def _context(buddy_request) -> dict:
    return {
        "buddy": buddy_request,
        "teacher_name": display_name(buddy_request.teacher),
        "mentor_name": display_name(buddy_request.mentor) if buddy_request.mentor_id else "",
        "community_url": absolute(_community_path()),
    }


def welcomed(welcome) -> None:
    sender_name = display_name(welcome.welcomed_by)
    notify(
        recipient=welcome.member,
        kind="welcomed",
        url=reverse("peers:profile", args=[welcome.welcomed_by.get_username()]),
        actor=welcome.welcomed_by,
        params={"name": sender_name, "excerpt": welcome.message},
        email=Email(
            subject=_("Welcome to Peer Academy, from %(name)s") % {"name": sender_name},
            template="peers/email/welcome.txt",
            context={
                "welcome": welcome,
                "sender_name": sender_name,
                "courses_url": absolute("/"),
            },
        ),
    )


def content_removed(*, author, kind, text: str, url: str, reasons: list[str], note: str) -> None:
    """`kind` is the `flaggable.Kind` of the content, `url` where it was shown."""
    notify(
        recipient=author,
        kind="content_removed",
        url=url,
        params={"content_kind": kind.key, "excerpt": note},
        email=Email(
            subject=_("Moderators removed your %(kind)s") % {"kind": str(kind.label).lower()},
            template="peers/email/content_removed.txt",
            context={
                "kind": kind,
                "text": text,
                "reasons": reasons,
                "note": note,
                "points": abs(points_for(Cause.CONTENT_REMOVED)),
            },
        ),
    )
