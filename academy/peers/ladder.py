"""The written requirements of every ladder role, their thresholds, and what each unlocks.

Thresholds live in one table, `DEFAULTS`, overridable with the `ACADEMY_LADDER` setting
(merged key by key). Bars measured in reputation scale with the size of the community, the
way Discourse's bootstrap mode lowers them for a young forum: fewer than 50 members pay a
quarter, fewer than 200 half, fewer than 1,000 three quarters. Counts of things done
(a course completed, a course approved) never scale below one.

Topic requirements count reputation in the topic with its subtopics, but courses completed
and courses approved in the topic itself; a role held in a topic covers its subtopics.
Requirements are measured by `selectors.ladder.MemberFacts`; this module only describes them.
"""

import math
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .roles import Role

DEFAULTS = {
    "thresholds": {
        "learner.lessons_completed": 3,
        "contributor.courses_completed": 1,
        "contributor.contributions": 3,
        "contributor.reputation": 60,
        "peer_teacher.courses_completed": 1,
        "peer_teacher.topic_reputation": 40,
        "mentor.courses_approved": 1,
        "mentor.topic_reputation": 120,
        "mentor.recent_topic_reputation": 20,
        "ambassador.reputation": 250,
    },
    # (fewer than this many active members, factor applied to reputation bars)
    "scale": [(50, 0.25), (200, 0.5), (1000, 0.75)],
    "grace_days": 14,
    "recent_days": 90,
}


def config() -> dict:
    override = getattr(settings, "ACADEMY_LADDER", {})
    merged = {**DEFAULTS, **override}
    merged["thresholds"] = {**DEFAULTS["thresholds"], **override.get("thresholds", {})}
    return merged


def scale_for(community_size: int) -> float:
    for below, factor in config()["scale"]:
        if community_size < below:
            return factor
    return 1.0


@dataclass(frozen=True)
class Requirement:
    """One written condition. `measure` names what `selectors.measure()` counts; a
    requirement without a threshold is a yes/no condition (met when the measure is 1)."""

    key: str
    label: str
    measure: str
    threshold: str | None = None
    scales: bool = False

    def target(self, factor: float) -> int:
        if self.threshold is None:
            return 1
        full = config()["thresholds"][self.threshold]
        return max(1, math.ceil(full * factor)) if self.scales else full


@dataclass(frozen=True)
class Level:
    role: Role
    description: str
    requirements: tuple[Requirement, ...]
    unlocks: tuple[str, ...]

    @property
    def per_topic(self) -> bool:
        return self.role.is_topic_role


NOT_SUSPENDED = Requirement("not_suspended", _("Not suspended"), "not_suspended")

LEARNER = Level(
    Role.LEARNER,
    _("You have started learning with the academy."),
    (
        Requirement(
            "lessons_completed",
            _("Lessons completed"),
            "lessons_completed",
            "learner.lessons_completed",
        ),
    ),
    (_("Flag content for moderators"),),
)

CONTRIBUTOR = Level(
    Role.CONTRIBUTOR,
    _("You help others learn with feedback, kudos and reports from practice."),
    (
        Requirement("is_learner", _("Learner level"), "is_learner"),
        Requirement(
            "courses_completed",
            _("Courses completed"),
            "courses_completed",
            "contributor.courses_completed",
        ),
        Requirement(
            "contributions",
            _("Ratings, kudos, practice reports and live sessions attended"),
            "contributions",
            "contributor.contributions",
        ),
        Requirement(
            "reputation",
            _("Reputation"),
            "reputation",
            "contributor.reputation",
            scales=True,
        ),
        NOT_SUSPENDED,
    ),
    (_("Welcome newcomers who have not started yet"),),
)

PEER_TEACHER = Level(
    Role.PEER_TEACHER,
    _("You write courses and host live sessions in this topic."),
    (
        Requirement(
            "topic_courses_completed",
            _("Courses completed in this topic"),
            "topic_courses_completed",
            "peer_teacher.courses_completed",
        ),
        Requirement(
            "topic_reputation",
            _("Reputation in this topic"),
            "topic_reputation",
            "peer_teacher.topic_reputation",
            scales=True,
        ),
        NOT_SUSPENDED,
    ),
    (
        _("Write courses and lessons in this topic"),
        _("Host live sessions in this topic"),
        _("Ask a mentor to co-host your first session"),
    ),
)

MENTOR = Level(
    Role.MENTOR,
    _("You review courses, nominate and support new peer teachers in this topic."),
    (
        Requirement("is_peer_teacher", _("Peer teacher in this topic"), "is_peer_teacher"),
        Requirement(
            "topic_courses_approved",
            _("Your courses approved in this topic"),
            "topic_courses_approved",
            "mentor.courses_approved",
        ),
        Requirement(
            "topic_reputation",
            _("Reputation in this topic"),
            "topic_reputation",
            "mentor.topic_reputation",
            scales=True,
        ),
        Requirement(
            "recent_topic_reputation",
            _("Reputation earned in this topic recently"),
            "recent_topic_reputation",
            "mentor.recent_topic_reputation",
            scales=True,
        ),
        NOT_SUSPENDED,
    ),
    (
        _("Review courses in this topic"),
        _("Nominate peer teachers in this topic"),
        _("Offer to co-host a new teacher's first session"),
        _("Moderate the chat of live sessions in this topic"),
    ),
)

AMBASSADOR = Level(
    Role.AMBASSADOR,
    _("You bring new people to the academy and welcome them."),
    (
        Requirement("is_contributor", _("Contributor level"), "is_contributor"),
        Requirement("teaches", _("Peer teacher in at least one topic"), "teaches"),
        Requirement(
            "reputation",
            _("Reputation"),
            "reputation",
            "ambassador.reputation",
            scales=True,
        ),
        NOT_SUSPENDED,
    ),
    (_("Invite people with your own referral link"), _("Welcome newcomers")),
)

# In the order they are evaluated: a role may require one evaluated before it.
GLOBAL_LEVELS = (LEARNER, CONTRIBUTOR)
TOPIC_LEVELS = (PEER_TEACHER, MENTOR)
LATE_GLOBAL_LEVELS = (AMBASSADOR,)
LEVELS = {level.role: level for level in (*GLOBAL_LEVELS, *TOPIC_LEVELS, *LATE_GLOBAL_LEVELS)}
REQUIREMENT_LABELS = {
    requirement.key: requirement.label
    for level in LEVELS.values()
    for requirement in level.requirements
}


def grace_days() -> int:
    return config()["grace_days"]


def recent_days() -> int:
    return config()["recent_days"]
