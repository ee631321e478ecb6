"""What members are told about their roles, badges and nominations, and why: a notification
each (`academy.notifications`), emailed with the wording below when their settings ask."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from academy.notifications import emails
from academy.notifications.links import absolute
from academy.notifications.services import Email, notify

from .. import ladder
from ..models import RoleChange
from ..roles import Role


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
GAINED = {RoleChange.Kind.PROMOTED, RoleChange.Kind.GRANTED}


def role_changed(change: RoleChange) -> None:
    """Gaining a role is one kind of news; a warning, its all-clear, a lapse and a revocation
    are the other, so a member who wants warnings by email also hears when they are over."""
    level = ladder.LEVELS.get(Role(change.role))
    path = reverse("peers:path")
    notify(
        recipient=change.user,
        kind="level_gained" if change.kind in GAINED else "level_lost",
        url=path,
        actor=change.actor,
        params={
            "event": str(change.kind),
            "role": str(change.role),
            "topic": change.topic.name if change.topic_id else "",
        },
        email=Email(
            subject=str(SUBJECTS[change.kind]) % {"role": _role_name(change)},
            template="peers/email/role_change.txt",
            context={
                "change": change,
                "role_name": _role_name(change),
                "unmet": [ladder.REQUIREMENT_LABELS[key] for key in change.unmet],
                "unlocks": level.unlocks if level else (),
                "grace_days": ladder.grace_days(),
                "path_url": absolute(path),
            },
        ),
    )


def nominated(nomination) -> None:
    """Every curator hears of a new nomination: they decide it."""
    curators = get_user_model().objects.filter(is_active=True, groups__name=Role.CURATOR.group_name)
    review_path = reverse("peers_nominations")
    params = {
        "event": "submitted",
        "member": nomination.nominee.get_username(),
        "topic": nomination.topic.name,
    }
    for curator in curators:
        notify(
            recipient=curator,
            kind="nomination",
            url=review_path,
            actor=nomination.nominated_by,
            params=params,
            email=Email(
                subject=_("New nomination: %(member)s for %(topic)s") % params,
                template="peers/email/nominated.txt",
                context={"nomination": nomination, "review_url": absolute(review_path)},
            ),
        )


def nomination_declined(nomination) -> None:
    params = {
        "event": "declined",
        "member": nomination.nominee.get_username(),
        "topic": nomination.topic.name,
    }
    notify(
        recipient=nomination.nominated_by,
        kind="nomination",
        url=reverse("peers:profile", args=[nomination.nominee.get_username()]),
        actor=nomination.decided_by,
        params=params,
        email=Email(
            subject=_("Nomination of %(member)s for %(topic)s declined") % params,
            template="peers/email/nomination_declined.txt",
            context={"nomination": nomination},
        ),
    )


def suspended(suspension) -> None:
    """Email only, whatever the member's settings: a notice about their own account, which
    they must get (the path page shows it too)."""
    emails.send(
        to=[suspension.user.email],
        subject=_("Your account is suspended until %(date)s")
        % {"date": suspension.ends_at.strftime("%Y-%m-%d")},
        template="peers/email/suspended.txt",
        context={"suspension": suspension},
    )


def badges_earned(*, user, awards) -> None:
    """Badges earned together are one notification, as they were one email."""
    from ..selectors.badges import info_of

    earned = [info_of(award) for award in awards]
    if len(earned) == 1:
        subject = _("You earned the badge %(name)s") % {"name": earned[0].name}
        url = reverse("peers:badge", args=[earned[0].slug])
    else:
        subject = ngettext(
            "You earned %(count)d new badge", "You earned %(count)d new badges", len(earned)
        ) % {"count": len(earned)}
        url = reverse("peers:profile", args=[user.get_username()])
    notify(
        recipient=user,
        kind="badge_earned",
        url=url,
        params={"badges": [{"slug": badge.slug, "name": badge.row.name} for badge in earned]},
        email=Email(
            subject=subject,
            template="peers/email/badges_earned.txt",
            context={
                "member": user,
                "badges": [
                    {"name": badge.name, "url": absolute(reverse("peers:badge", args=[badge.slug]))}
                    for badge in earned
                ],
                "profile_url": absolute(reverse("peers:profile", args=[user.get_username()])),
            },
        ),
    )
