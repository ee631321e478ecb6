"""Awarding badges: every rule of `badges.py` checked for one member, each badge once."""

from django.db import IntegrityError, transaction

from .. import badges
from ..models import Badge, BadgeAward
from ..selectors import badges as badge_selectors
from . import notifications


@transaction.atomic
def award_badges(*, user) -> list[BadgeAward]:
    """Give the member every badge whose rule they now meet; returns the new awards.

    Safe to call any number of times and concurrently: one (badge, member) pair is unique
    in the database, and a concurrent duplicate is dropped. The member hears about new
    badges by email once this commits.
    """
    if not user.is_active:
        return []
    held = badge_selectors.slugs_held(user=user)
    awards = []
    for definition in badges.DEFINITIONS:
        if definition.slug in held or not definition.earned_by(user):
            continue
        award = _award(user=user, badge=badge_row(definition))
        if award is not None:
            awards.append(award)
    if awards:
        notifications.badges_earned(user=user, awards=awards)
    return awards


def badge_row(definition: badges.BadgeDefinition) -> Badge:
    """The badge's row, created from the code's wording if curators never saw it."""
    badge, _created = Badge.objects.get_or_create(
        slug=definition.slug, defaults=definition.defaults()
    )
    return badge


def _award(*, user, badge: Badge) -> BadgeAward | None:
    try:
        with transaction.atomic():
            return BadgeAward.objects.create(badge=badge, user=user)
    except IntegrityError:
        return None  # the same badge, awarded by a concurrent request
