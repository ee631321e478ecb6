"""Writes of community care: first-session buddies, referrals and welcomes.

Permissions are checked by the views with `can()`; these functions keep the rules that hold
whoever calls them (one open or accepted buddy per teacher and topic, one referral per
member, one welcome per newcomer) and are idempotent where a double click repeats them.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.text import clean_text

from ..models import BuddyRequest, Referral, Welcome
from ..permissions import can, has_role
from ..reputation import Cause
from ..roles import Role
from . import community_emails
from .reputation import award


class CommunityError(Exception):
    """A community action that cannot be done, with a message for the person who tried."""


Status = BuddyRequest.Status


def _live_buddy(*, teacher, topic) -> BuddyRequest | None:
    return (
        BuddyRequest.objects.select_for_update()
        .filter(teacher=teacher, topic=topic, status__in=[Status.OPEN, Status.ACCEPTED])
        .first()
    )


@transaction.atomic
def request_buddy(*, teacher, topic, message: str = "") -> BuddyRequest:
    """A new peer teacher asks the mentors of the topic to co-host their first live session.
    Asking again while the request is open returns it unchanged."""
    existing = _live_buddy(teacher=teacher, topic=topic)
    if existing is not None:
        if existing.status == Status.OPEN and not existing.offered_by_mentor:
            return existing
        raise CommunityError(_already_arranged(existing))
    buddy_request = _create(teacher=teacher, topic=topic, message=message)
    community_emails.buddy_requested(buddy_request)
    return buddy_request


@transaction.atomic
def offer_buddy(*, mentor, teacher, topic, message: str = "") -> BuddyRequest:
    """A mentor of the topic offers to co-host a peer teacher's first live session there.
    Offering again while the offer is open returns it unchanged."""
    if mentor.pk == teacher.pk:
        raise CommunityError(_("You cannot be your own first-session buddy."))
    if not has_role(teacher, Role.PEER_TEACHER, topic):
        raise CommunityError(
            _("%(teacher)s does not teach %(topic)s.")
            % {"teacher": teacher.get_username(), "topic": topic.name}
        )
    existing = _live_buddy(teacher=teacher, topic=topic)
    if existing is not None:
        if existing.status == Status.OPEN and existing.mentor_id == mentor.pk:
            return existing
        raise CommunityError(_already_arranged(existing))
    buddy_request = _create(
        teacher=teacher, topic=topic, message=message, mentor=mentor, offered_by_mentor=True
    )
    community_emails.buddy_offered(buddy_request)
    return buddy_request


def _create(**fields) -> BuddyRequest:
    fields["message"] = clean_text(fields.get("message", ""))
    try:
        with transaction.atomic():
            return BuddyRequest.objects.create(**fields)
    except IntegrityError:
        # A concurrent request or offer for the same teacher and topic won.
        raise CommunityError(
            _("A first-session buddy is already being arranged in this topic.")
        ) from None


def _already_arranged(existing: BuddyRequest) -> str:
    if existing.status == Status.ACCEPTED:
        return _("A mentor already co-hosts this first session in %(topic)s.") % {
            "topic": existing.topic.name
        }
    if existing.offered_by_mentor:
        return _("A mentor already offered to co-host in %(topic)s: answer that offer.") % {
            "topic": existing.topic.name
        }
    return _("The teacher already asked the mentors of %(topic)s: accept their request.") % {
        "topic": existing.topic.name
    }


def _locked(buddy_request: BuddyRequest) -> BuddyRequest:
    return BuddyRequest.objects.select_for_update().get(pk=buddy_request.pk)


@transaction.atomic
def answer_buddy(*, user, buddy_request: BuddyRequest, accept: bool) -> BuddyRequest:
    """The other side answers: a mentor accepts a teacher's request, or the teacher accepts
    or declines a mentor's offer. Repeating the same answer changes nothing."""
    buddy_request = _locked(buddy_request)
    wanted = Status.ACCEPTED if accept else Status.DECLINED
    if buddy_request.status == wanted and (
        buddy_request.offered_by_mentor or buddy_request.mentor_id == user.pk
    ):
        return buddy_request
    if buddy_request.status != Status.OPEN:
        raise CommunityError(_("This request was already answered or withdrawn."))
    if not buddy_request.offered_by_mentor:
        if not accept:
            raise CommunityError(_("Requests to all mentors are not declined: leave it open."))
        buddy_request.mentor = user
    buddy_request.status, buddy_request.decided_at = wanted, timezone.now()
    buddy_request.save(update_fields=["mentor", "status", "decided_at"])
    community_emails.buddy_answered(buddy_request)
    return buddy_request


@transaction.atomic
def withdraw_buddy(*, user, buddy_request: BuddyRequest) -> BuddyRequest:
    """The side that asked takes the request or offer back, open or accepted."""
    buddy_request = _locked(buddy_request)
    if buddy_request.status == Status.WITHDRAWN:
        return buddy_request
    if buddy_request.status not in (Status.OPEN, Status.ACCEPTED):
        raise CommunityError(_("This request was already answered or withdrawn."))
    other_side = buddy_request.teacher if buddy_request.offered_by_mentor else buddy_request.mentor
    buddy_request.status, buddy_request.decided_at = Status.WITHDRAWN, timezone.now()
    buddy_request.save(update_fields=["status", "decided_at"])
    if other_side is not None:
        community_emails.buddy_withdrawn(buddy_request, recipient=other_side)
    return buddy_request


# Referrals -------------------------------------------------------------------------------


@transaction.atomic
def record_referral(*, referrer, referred) -> Referral | None:
    """Remember who brought a new member. Self-referrals, referrers who may no longer share
    a link and members already referred are ignored."""
    if referrer is None or referrer.pk == referred.pk or not can(referrer, "referral.share"):
        return None
    referral, _created = Referral.objects.get_or_create(
        referred=referred, defaults={"referrer": referrer}
    )
    return referral


@transaction.atomic
def activate_referral(*, referred) -> Referral | None:
    """The referred member completed a lesson: the referral counts, once."""
    referral = (
        Referral.objects.select_for_update().filter(referred=referred, activated_at=None).first()
    )
    if referral is None:
        return None
    referral.activated_at = timezone.now()
    referral.save(update_fields=["activated_at"])
    transaction.on_commit(
        lambda: award(
            user=referral.referrer,
            cause=Cause.REFERRAL_ACTIVATED,
            cause_key=f"referral_activated:referral={referral.pk}",
            source=referral,
        )
    )
    return referral


# Welcomes --------------------------------------------------------------------------------


@transaction.atomic
def welcome_member(*, by, member, message: str) -> tuple[Welcome, bool]:
    """Send a newcomer a personal welcome, once. Returns the welcome and whether it is new."""
    message = clean_text(message)
    if not message:
        raise CommunityError(_("Write a few words of welcome."))
    existing = Welcome.objects.filter(member=member).select_related("welcomed_by").first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            welcome = Welcome.objects.create(member=member, welcomed_by=by, message=message)
    except IntegrityError:
        return Welcome.objects.get(member=member), False
    community_emails.welcomed(welcome)
    return welcome, True
