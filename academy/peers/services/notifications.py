"""Emails that tell members what happened to their roles and why, sent after commit."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .. import ladder, tasks
from ..models import RoleChange
from ..roles import Role


def _message(*, to: list[str], subject: str, template: str, context: dict) -> EmailMessage | None:
    recipients = [address for address in to if address]
    if not recipients:
        return None
    body = render_to_string(
        template, {**context, "path_url": settings.WAGTAILADMIN_BASE_URL + reverse("peers:path")}
    )
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def send(*, to: list[str], subject: str, template: str, context: dict) -> None:
    """Email the rendered template to these addresses once the transaction commits, through
    the task queue (rendered here, in the member's language)."""
    message = _message(to=to, subject=subject, template=template, context=context)
    if message is not None:
        fields = {
            "subject": message.subject,
            "body": message.body,
            "from_email": message.from_email,
            "to": message.to,
        }
        transaction.on_commit(lambda: tasks.deliver_email.enqueue(**fields))


def send_now(*, to: list[str], subject: str, template: str, context: dict) -> None:
    """Email the rendered template at once and raise if it cannot be sent: for callers that
    already run after commit and deal with a failed email themselves."""
    message = _message(to=to, subject=subject, template=template, context=context)
    if message is not None:
        message.send()


def _role_name(change) -> str:
    name = Role(change.role).label
    if change.topic_id:
        return _("%(role)s in %(topic)s") % {"role": name, "topic": change.topic.name}
    return str(name)


SUBJECTS = {
    RoleChange.Kind.PROMOTED: gettext_lazy("You are now %(role)s"),
    RoleChange.Kind.GRANTED: gettext_lazy("You are now %(role)s"),
    RoleChange.Kind.AT_RISK: gettext_lazy("Your role %(role)s needs attention"),
    RoleChange.Kind.KEPT: gettext_lazy("You keep your role %(role)s"),
    RoleChange.Kind.DEMOTED: gettext_lazy("Your role %(role)s has lapsed"),
    RoleChange.Kind.REVOKED: gettext_lazy("Your role %(role)s was revoked"),
}


def role_changed(change: RoleChange) -> None:
    level = ladder.LEVELS.get(Role(change.role))
    send(
        to=[change.user.email],
        subject=str(SUBJECTS[change.kind]) % {"role": _role_name(change)},
        template="peers/email/role_change.txt",
        context={
            "change": change,
            "role_name": _role_name(change),
            "unmet": [ladder.REQUIREMENT_LABELS[key] for key in change.unmet],
            "unlocks": level.unlocks if level else (),
            "grace_days": ladder.grace_days(),
        },
    )


def nominated(nomination) -> None:
    curators = get_user_model().objects.filter(is_active=True, groups__name=Role.CURATOR.group_name)
    send(
        to=[curator.email for curator in curators],
        subject=_("New nomination: %(member)s for %(topic)s")
        % {"member": nomination.nominee.get_username(), "topic": nomination.topic.name},
        template="peers/email/nominated.txt",
        context={
            "nomination": nomination,
            "review_url": settings.WAGTAILADMIN_BASE_URL + reverse("peers_nominations"),
        },
    )


def nomination_declined(nomination) -> None:
    send(
        to=[nomination.nominated_by.email],
        subject=_("Nomination of %(member)s for %(topic)s declined")
        % {"member": nomination.nominee.get_username(), "topic": nomination.topic.name},
        template="peers/email/nomination_declined.txt",
        context={"nomination": nomination},
    )


def suspended(suspension) -> None:
    send(
        to=[suspension.user.email],
        subject=_("Your account is suspended until %(date)s")
        % {"date": suspension.ends_at.strftime("%Y-%m-%d")},
        template="peers/email/suspended.txt",
        context={"suspension": suspension},
    )


def badges_earned(*, user, awards) -> None:
    from ..selectors.badges import info_of

    earned = [info_of(award) for award in awards]
    if len(earned) == 1:
        subject = _("You earned the badge %(name)s") % {"name": earned[0].name}
    else:
        subject = ngettext(
            "You earned %(count)d new badge", "You earned %(count)d new badges", len(earned)
        ) % {"count": len(earned)}
    send(
        to=[user.email],
        subject=subject,
        template="peers/email/badges_earned.txt",
        context={
            "member": user,
            "badges": [
                {"name": badge.name, "url": _absolute(reverse("peers:badge", args=[badge.slug]))}
                for badge in earned
            ],
            "profile_url": _absolute(reverse("peers:profile", args=[user.get_username()])),
        },
    )


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL + path
