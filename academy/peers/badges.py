"""Every badge of the academy and what earns it, keyed by slug.

A badge is code first: its rule (a count and a threshold) lives here, with the default
wording and the emblem's colour and glyph. The `Badge` row holds what curators may change
(name, description, how to earn it, an image); `services.badges.award_badges` creates a
missing row from these defaults. A badge is kept once earned, even if the count drops later.

Rules read the records that name what happened (completions, kudos held now, approvals and
reviews in the reputation ledger, welcomes, referrals), one cheap query each.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .reputation import Cause
from .roles import Role

Measure = Callable[[object], int]


@dataclass(frozen=True)
class BadgeDefinition:
    slug: str
    name: str
    description: str
    criteria: str
    colour: str  # the emblem's background; white glyphs on it meet WCAG AA
    glyph: str  # SVG path data on a 24 by 24 grid, drawn as a white stroke
    measure: Measure
    threshold: int = 1

    def earned_by(self, user) -> bool:
        return self.measure(user) >= self.threshold

    def defaults(self) -> dict[str, str]:
        """The wording in the source language, as stored in a new `Badge` row."""
        with translation.override(None):
            return {
                "name": str(self.name),
                "description": str(self.description),
                "criteria": str(self.criteria),
            }


# Measures ---------------------------------------------------------------------------------


def _lessons_completed(user) -> int:
    from academy.courses.models import LessonCompletion

    return LessonCompletion.objects.filter(user=user).count()


def _courses_completed(user) -> int:
    from academy.courses.models import Enrolment

    return Enrolment.objects.filter(user=user, completed_at__isnull=False).count()


def _ledger_count(cause) -> Measure:
    def count(user) -> int:
        from .models import ReputationEvent

        return ReputationEvent.objects.filter(user=user, cause=cause).count()

    return count


def _teaches(user) -> int:
    from .selectors.ladder import held_roles

    return int(any(role == Role.PEER_TEACHER for role, _topic in held_roles(user=user)))


def _kudos_held(user) -> int:
    # Kudos as they stand now: withdrawn ones are gone, and kudos for yourself never count
    # (the same rule as the ledger).
    from academy.courses.models import Kudos

    return Kudos.objects.filter(lesson__owner=user).exclude(user=user).count()


def _welcomes_sent(user) -> int:
    from .models import Welcome

    return Welcome.objects.filter(welcomed_by=user).count()


def _referrals_activated(user) -> int:
    from .models import Referral

    return Referral.objects.filter(referrer=user, activated_at__isnull=False).count()


def _sessions_hosted(user) -> int:
    from academy.live.selectors import sessions_hosted_with_attendees

    return sessions_hosted_with_attendees(user)


# The badges, in the order pages show them -------------------------------------------------

DEFINITIONS: tuple[BadgeDefinition, ...] = (
    BadgeDefinition(
        slug="first-lesson",
        name=_("First lesson"),
        description=_("Completed a first lesson in the academy."),
        criteria=_("Mark any lesson as done."),
        colour="#0d6b63",
        glyph="M5 12.5l4.5 4.5L19 7",
        measure=_lessons_completed,
    ),
    BadgeDefinition(
        slug="first-course",
        name=_("First course completed"),
        description=_("Finished every lesson of a course."),
        criteria=_("Complete every lesson of one course."),
        colour="#1f6f3f",
        glyph="M6 21V4M6 4h11l-3 4 3 4H6",
        measure=_courses_completed,
    ),
    BadgeDefinition(
        slug="first-course-published",
        name=_("First course published"),
        description=_("Wrote a course that passed peer review and was published."),
        criteria=_(
            "Write a course as a peer teacher and submit it: it counts once a mentor has "
            "reviewed it and a curator has approved it."
        ),
        colour="#7a4b00",
        glyph="M12 3l2.8 5.9 6.2.8-4.6 4.3 1.2 6.3L12 17.2l-5.6 3.1 1.2-6.3L3 9.7l6.2-.8z",
        measure=_ledger_count(Cause.CONTENT_APPROVED),
    ),
    BadgeDefinition(
        slug="first-session-hosted",
        name=_("First session hosted"),
        description=_("Hosted a live session that peers came to."),
        criteria=_(
            "Schedule a live session as a peer teacher and host it: it counts once the "
            "session is over and at least one attendee joined its live room."
        ),
        colour="#8a3b12",
        glyph="M4 8h11v8H4zM15 11l5-3v8l-5-3",
        measure=_sessions_hosted,
    ),
    BadgeDefinition(
        slug="peer-teacher",
        name=_("Peer teacher"),
        description=_("Teaches others in at least one topic."),
        criteria=_(
            "Become a peer teacher in any topic: earn the role on your path, or be nominated "
            "by a mentor and confirmed by a curator."
        ),
        colour="#09514b",
        glyph="M3 6c3-1.3 6-1.3 9 1 3-2.3 6-2.3 9-1v12c-3-1-6-1-9 1-3-2-6-2-9-1zM12 7v12",
        measure=_teaches,
    ),
    BadgeDefinition(
        slug="ten-kudos",
        name=_("Ten kudos"),
        description=_("Wrote lessons that hold 10 kudos from other members."),
        criteria=_(
            "Write lessons other members thank you for: 10 kudos on your lessons. Kudos taken "
            "back do not count, nor kudos you give yourself."
        ),
        colour="#a3262a",
        glyph=(
            "M12 20s-7.5-4.6-7.5-10.2A4.1 4.1 0 0 1 12 7.4a4.1 4.1 0 0 1 7.5 2.4"
            "C19.5 15.4 12 20 12 20z"
        ),
        measure=_kudos_held,
        threshold=10,
    ),
    BadgeDefinition(
        slug="helpful-reviewer",
        name=_("Helpful reviewer"),
        description=_("Did 5 peer reviews of other members' courses."),
        criteria=_(
            "As a mentor, review 5 courses: approving one or asking for changes both count."
        ),
        colour="#2b5797",
        glyph="M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13zM15.5 15.5L20 20",
        measure=_ledger_count(Cause.REVIEW_DONE),
        threshold=5,
    ),
    BadgeDefinition(
        slug="welcomer",
        name=_("Welcomer"),
        description=_("Personally welcomed 5 newcomers."),
        criteria=_("Send a personal welcome to 5 newcomers who have not started yet."),
        colour="#5b3f8f",
        glyph="M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM8 14c2 2.7 6 2.7 8 0M9 9.5v.5M15 9.5v.5",
        measure=_welcomes_sent,
        threshold=5,
    ),
    BadgeDefinition(
        slug="connector",
        name=_("Connector"),
        description=_("Brought 3 people to the academy who started learning."),
        criteria=_(
            "Invite people with your referral link: 3 of them must join and complete a lesson."
        ),
        colour="#1c2127",
        glyph=(
            "M10 6a2 2 0 1 0 4 0 2 2 0 1 0-4 0M4 17a2 2 0 1 0 4 0 2 2 0 1 0-4 0"
            "M16 17a2 2 0 1 0 4 0 2 2 0 1 0-4 0M11 7.8l-4 7.4M13 7.8l4 7.4M8 17h8"
        ),
        measure=_referrals_activated,
        threshold=3,
    ),
)

BY_SLUG: dict[str, BadgeDefinition] = {definition.slug: definition for definition in DEFINITIONS}


def definition(slug: str) -> BadgeDefinition | None:
    return BY_SLUG.get(slug)
