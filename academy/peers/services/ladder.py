"""Every write of the ladder: promotion, grace and demotion, grants, nominations, suspensions,
and the Wagtail groups that mirror teaching roles.

`review_member` is the one place that moves a member along the ladder; `events.member_changed`
calls it whenever a member's activity changes, and it is idempotent: running it twice changes
nothing.
"""

from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.text import clean_text

from .. import ladder
from ..models import Nomination, RoleChange, Standing, Suspension
from ..permissions import forget_access
from ..roles import Role
from ..selectors import ladder as ladder_selectors
from . import events, notifications


class LadderError(Exception):
    """A ladder operation that cannot be done, with a message for the person who tried."""


# Moving along the ladder ------------------------------------------------------------------


@transaction.atomic
def review_member(*, user, topics=None, now: datetime | None = None) -> list[RoleChange]:
    """Promote, warn, keep or demote the member on every level, by the written requirements.

    `topics` limits the topic roles looked at (with their parent topics); by default every
    topic the member is active in. Returns the changes made.
    """
    now = now or timezone.now()
    # Serialise reviews of one member: two concurrent events must not both promote.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    facts = ladder_selectors.MemberFacts(user, now=now)
    if topics is None:
        topics = ladder_selectors.topics_of_interest(user=user)
    topics = _with_parents(topics, facts.tree)
    changes = []
    for level in ladder.GLOBAL_LEVELS:
        changes += _review_level(facts, level, None)
    for topic in topics:
        for level in ladder.TOPIC_LEVELS:
            changes += _review_level(facts, level, topic)
    for level in ladder.LATE_GLOBAL_LEVELS:
        changes += _review_level(facts, level, None)
    if changes:
        sync_groups(user=user)
        for change in changes:
            notifications.role_changed(change)
    return changes


def _with_parents(topics, tree):
    from academy.courses.models import Topic

    ids = {
        ancestor
        for topic in topics
        for ancestor in ladder_selectors.ancestors_and_self(topic.pk, tree)
    }
    return list(Topic.objects.filter(pk__in=ids).order_by("name"))


def _review_level(facts, level: ladder.Level, topic) -> list[RoleChange]:
    progress = facts.progress(level, topic)
    standing = progress.standing
    if standing is None:
        if not progress.met:
            return []
        standing = Standing.objects.create(
            user=facts.user, role=level.role, topic=topic, scale=facts.scale, since=facts.now
        )
        facts.forget_standings()
        return [_record(standing, RoleChange.Kind.PROMOTED, when=facts.now)]
    if standing.basis != Standing.Basis.EARNED:
        return []  # nominated and granted roles stay until revoked; blocked ones stay blocked
    unmet = progress.unmet_keys
    if not unmet:
        if standing.at_risk_since is None:
            return []
        standing.at_risk_since, standing.unmet = None, []
        standing.save(update_fields=["at_risk_since", "unmet"])
        return [_record(standing, RoleChange.Kind.KEPT, when=facts.now)]
    if standing.at_risk_since is None:
        standing.at_risk_since, standing.unmet = facts.now, unmet
        standing.save(update_fields=["at_risk_since", "unmet"])
        return [_record(standing, RoleChange.Kind.AT_RISK, unmet=unmet, when=facts.now)]
    if facts.now >= standing.at_risk_since + timedelta(days=ladder.grace_days()):
        change = _record(standing, RoleChange.Kind.DEMOTED, unmet=unmet, when=facts.now)
        standing.delete()
        facts.forget_standings()
        return [change]
    if unmet != standing.unmet:
        standing.unmet = unmet
        standing.save(update_fields=["unmet"])
    return []


def _record(standing: Standing, kind, *, unmet=(), note="", actor=None, when=None) -> RoleChange:
    return RoleChange.objects.create(
        user=standing.user,
        role=standing.role,
        topic=standing.topic,
        kind=kind,
        basis=standing.basis,
        unmet=list(unmet),
        note=note,
        actor=actor,
        created_at=when or timezone.now(),
    )


# Wagtail groups ---------------------------------------------------------------------------


def sync_groups(*, user) -> None:
    """Mirror teaching roles into the groups Wagtail's permissions and workflow know.

    A member is in "Peer teachers" while they teach any topic and in "Mentors" while they
    mentor any topic; `can()` narrows both to the topic in every admin view.
    """
    held = ladder_selectors.held_roles(user=user)
    for role in (Role.PEER_TEACHER, Role.MENTOR):
        group, _created = Group.objects.get_or_create(name=role.group_name)
        if any(held_role == role for held_role, _topic in held):
            user.groups.add(group)
        else:
            user.groups.remove(group)
    forget_access(user)


# Grants by hand ---------------------------------------------------------------------------


@transaction.atomic
def grant_role(*, user, role: Role, topic=None, by=None, note: str = "") -> RoleChange | None:
    """Give a member a role by hand: staff roles join their group, ladder roles are held
    until revoked. Granting a role the member already holds by hand changes nothing."""
    _check_scope(role, topic)
    if role.is_staff_role:
        group, _created = Group.objects.get_or_create(name=role.group_name)
        if user.groups.filter(pk=group.pk).exists():
            return None
        user.groups.add(group)
        forget_access(user)
        change = RoleChange.objects.create(
            user=user, role=role, kind=RoleChange.Kind.GRANTED, note=clean_text(note), actor=by
        )
    else:
        standing, created = Standing.objects.get_or_create(
            user=user, role=role, topic=topic, defaults={"basis": Standing.Basis.GRANTED}
        )
        if not created and standing.basis == Standing.Basis.GRANTED:
            return None
        standing.basis, standing.at_risk_since, standing.unmet = Standing.Basis.GRANTED, None, []
        standing.since = timezone.now()
        standing.save()
        change = _record(standing, RoleChange.Kind.GRANTED, note=clean_text(note), actor=by)
        sync_groups(user=user)
        events.member_changed_after_commit(user=user)  # badges that follow the role
    notifications.role_changed(change)
    return change


@transaction.atomic
def revoke_role(*, user, role: Role, topic=None, by=None, note: str = "") -> RoleChange:
    """Take a role away by hand, with a note the member reads. A revoked ladder role is not
    earned back automatically: a curator grants it again when the time is right."""
    _check_scope(role, topic)
    note = clean_text(note)
    if not note:
        raise LadderError(_("Say why: the member reads this note."))
    if role.is_staff_role:
        user.groups.remove(*Group.objects.filter(name=role.group_name))
        forget_access(user)
        change = RoleChange.objects.create(
            user=user, role=role, kind=RoleChange.Kind.REVOKED, note=note, actor=by
        )
    else:
        standing, _created = Standing.objects.get_or_create(user=user, role=role, topic=topic)
        standing.basis, standing.at_risk_since, standing.unmet = Standing.Basis.BLOCKED, None, []
        standing.save()
        change = _record(standing, RoleChange.Kind.REVOKED, note=note, actor=by)
        sync_groups(user=user)
    notifications.role_changed(change)
    return change


def _check_scope(role: Role, topic) -> None:
    if role.is_topic_role and topic is None:
        raise LadderError(_("Choose the topic of this role."))
    if not role.is_topic_role and topic is not None:
        raise LadderError(_("This role is not tied to a topic."))


# Nominations ------------------------------------------------------------------------------


@transaction.atomic
def nominate(*, mentor, nominee, topic, reason: str) -> Nomination:
    """A mentor of the topic proposes a member as its peer teacher; curators decide."""
    reason = clean_text(reason)
    if not reason:
        raise LadderError(_("Say why this member is ready to teach."))
    if nominee.pk == mentor.pk:
        raise LadderError(_("You cannot nominate yourself."))
    if ladder_selectors.MemberFacts(nominee).holds(Role.PEER_TEACHER, topic.pk):
        raise LadderError(_("This member already teaches in this topic."))
    if Nomination.objects.filter(
        nominee=nominee, topic=topic, status=Nomination.Status.PENDING
    ).exists():
        raise LadderError(_("This member is already nominated in this topic."))
    nomination = Nomination.objects.create(
        nominee=nominee, topic=topic, nominated_by=mentor, reason=reason
    )
    notifications.nominated(nomination)
    return nomination


@transaction.atomic
def decide_nomination(*, curator, nomination: Nomination, confirm: bool, note: str = ""):
    """A curator confirms (the member becomes peer teacher of the topic) or declines."""
    nomination = Nomination.objects.select_for_update().get(pk=nomination.pk)
    if nomination.status != Nomination.Status.PENDING:
        raise LadderError(_("This nomination was already decided."))
    nomination.status = Nomination.Status.CONFIRMED if confirm else Nomination.Status.DECLINED
    nomination.decided_by, nomination.decided_at = curator, timezone.now()
    nomination.decision_note = clean_text(note)
    nomination.save()
    if confirm:
        standing, _created = Standing.objects.update_or_create(
            user=nomination.nominee,
            role=Role.PEER_TEACHER,
            topic=nomination.topic,
            defaults={
                "basis": Standing.Basis.NOMINATED,
                "since": timezone.now(),
                "at_risk_since": None,
                "unmet": [],
            },
        )
        change = _record(
            standing,
            RoleChange.Kind.PROMOTED,
            note=nomination.decision_note,
            actor=curator,
        )
        sync_groups(user=nomination.nominee)
        notifications.role_changed(change)
        events.member_changed_after_commit(user=nomination.nominee)
    else:
        notifications.nomination_declined(nomination)
    return nomination


# Suspensions ------------------------------------------------------------------------------


@transaction.atomic
def suspend(*, moderator, member, reason: str, days: int) -> Suspension:
    """A time-out: the member keeps learning but loses every other privilege until it ends.
    Earned roles are marked at risk and lapse if the suspension outlasts the grace period."""
    reason = clean_text(reason)
    if not reason:
        raise LadderError(_("Say why: the member reads this reason."))
    if not 1 <= days <= 365:
        raise LadderError(_("A suspension lasts from 1 to 365 days."))
    now = timezone.now()
    suspension = Suspension.objects.create(
        user=member,
        reason=reason,
        starts_at=now,
        ends_at=now + timedelta(days=days),
        created_by=moderator,
    )
    forget_access(member)
    notifications.suspended(suspension)
    events.member_changed_after_commit(user=member)
    return suspension


@transaction.atomic
def lift_suspension(*, suspension: Suspension) -> None:
    if suspension.lifted_at is None:
        suspension.lifted_at = timezone.now()
        suspension.save(update_fields=["lifted_at"])
    forget_access(suspension.user)
    events.member_changed_after_commit(user=suspension.user)
