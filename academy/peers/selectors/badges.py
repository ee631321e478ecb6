"""Reads of badges: the catalogue of badges, their holders and a member's awards."""

import uuid
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf
from django.http import Http404

from .. import badges
from ..models import Badge, BadgeAward


@dataclass
class BadgeInfo:
    """A badge as pages show it: the curators' row joined with its definition in code."""

    definition: badges.BadgeDefinition
    row: Badge
    holders: int = 0

    @property
    def slug(self) -> str:
        return self.definition.slug

    @property
    def image(self):
        return self.row.image

    @property
    def name(self) -> str:
        return self._text("name")

    @property
    def description(self) -> str:
        return self._text("description")

    @property
    def criteria(self) -> str:
        return self._text("criteria")

    def _text(self, field: str) -> str:
        # Wording curators never changed is shown in the reader's language; their own
        # wording is shown as they wrote it.
        stored = getattr(self.row, field)
        if stored == self.definition.defaults()[field]:
            return str(getattr(self.definition, field))
        return stored


def _rows(*slugs: str) -> dict[str, Badge]:
    """Badge rows by slug, each with `holder_count`, its awards to active members."""
    rows = (
        Badge.objects.filter(slug__in=slugs)
        .select_related("image")
        .annotate(holder_count=Count("awards", filter=Q(awards__user__is_active=True)))
    )
    return {row.slug: row for row in rows}


def _info(definition: badges.BadgeDefinition, row: Badge | None) -> BadgeInfo:
    # A badge whose row is missing is shown from the code's wording; reads never write.
    if row is None:
        return BadgeInfo(definition, Badge(slug=definition.slug, **definition.defaults()))
    return BadgeInfo(definition, row, getattr(row, "holder_count", 0))


def active_awards() -> QuerySet:
    """Awards of members whose accounts are open: closed accounts are never listed."""
    return BadgeAward.objects.filter(user__is_active=True)


def all_badges() -> list[BadgeInfo]:
    """Every badge in the order of `badges.DEFINITIONS`, with its number of holders."""
    rows = _rows(*badges.BY_SLUG)
    return [_info(definition, rows.get(definition.slug)) for definition in badges.DEFINITIONS]


def get_badge_or_404(*, slug: str) -> BadgeInfo:
    definition = badges.definition(slug)
    if definition is None:
        raise Http404
    return _info(definition, _rows(slug).get(slug))


def holders_of(*, badge: BadgeInfo) -> QuerySet:
    """Awards of the badge to active members, newest first, each with the name to show."""
    if badge.row.pk is None:
        return BadgeAward.objects.none()
    return (
        active_awards()
        .filter(badge=badge.row)
        .select_related("user")
        .annotate(
            member_name=Coalesce(NullIf("user__profile__display_name", Value("")), "user__username")
        )
        .order_by("-awarded_at", "-pk")
    )


def slugs_held(*, user) -> set[str]:
    if not user.is_authenticated:
        return set()
    return set(BadgeAward.objects.filter(user=user).values_list("badge__slug", flat=True))


@dataclass
class MemberBadge:
    badge: BadgeInfo
    award: BadgeAward
    share_url: str = ""


def badges_of(*, user) -> list[MemberBadge]:
    """The badges a member holds, in the order of `badges.DEFINITIONS`."""
    awards = {
        award.badge.slug: award
        for award in BadgeAward.objects.filter(user=user).select_related("badge__image")
    }
    return [
        MemberBadge(_info(definition, awards[definition.slug].badge), awards[definition.slug])
        for definition in badges.DEFINITIONS
        if definition.slug in awards
    ]


def info_of(award: BadgeAward) -> BadgeInfo:
    return _info(badges.BY_SLUG[award.badge.slug], award.badge)


def award_by_uid(uid: str) -> BadgeAward | None:
    """An award by its public id, whether or not its member's account is still open."""
    try:
        uid = uuid.UUID(uid)
    except ValueError:
        return None
    return (
        BadgeAward.objects.filter(uid=uid, badge__slug__in=badges.BY_SLUG)
        .select_related("badge__image", "user")
        .first()
    )
