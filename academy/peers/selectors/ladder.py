"""Reads of the ladder: what a member holds, how far each requirement is, and their path."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

from django.contrib.auth import get_user_model
from django.db.models import Q, Sum
from django.utils import timezone

from academy.courses.models import (
    Enrolment,
    Kudos,
    LessonCompletion,
    LessonFeedback,
    PracticeReport,
    Topic,
)

from .. import ladder
from ..models import (
    Nomination,
    ReputationEvent,
    ReputationTotal,
    RoleChange,
    Standing,
    Suspension,
)
from ..reputation import Cause
from ..roles import Role
from .profiles import roles_of


def topic_tree() -> dict[int, int | None]:
    """Every topic's parent, by id: topics are few, and every ladder question walks them."""
    return dict(Topic.objects.values_list("pk", "parent_id"))


def ancestors_and_self(topic_id: int, tree: dict[int, int | None]) -> list[int]:
    chain, seen = [], set()
    while topic_id is not None and topic_id not in seen:
        chain.append(topic_id)
        seen.add(topic_id)
        topic_id = tree.get(topic_id)
    return chain


def subtree(topic_id: int, tree: dict[int, int | None]) -> set[int]:
    """The topic and every topic below it."""
    return {other for other in tree if topic_id in ancestors_and_self(other, tree)}


def held_roles(*, user) -> set[tuple[str, int | None]]:
    """(role, topic id) for every ladder role the member holds; topic None for global ones."""
    return held_roles_by_member([user.pk])[user.pk]


def held_roles_by_member(user_ids) -> dict[int, set[tuple[str, int | None]]]:
    """`held_roles` of many members in one query."""
    held = {user_id: set() for user_id in user_ids}
    standings = Standing.objects.filter(user_id__in=user_ids).exclude(basis=Standing.Basis.BLOCKED)
    for user_id, role, topic_id in standings.values_list("user_id", "role", "topic_id"):
        held[user_id].add((role, topic_id))
    return held


def _suspensions_in_force(now: datetime | None):
    now = now or timezone.now()
    return Suspension.objects.filter(lifted_at=None, starts_at__lte=now, ends_at__gt=now)


def active_suspension(*, user, now: datetime | None = None) -> Suspension | None:
    return _suspensions_in_force(now).filter(user=user).order_by("-ends_at").first()


def suspended_members(user_ids, *, now: datetime | None = None) -> set[int]:
    """Which of these members are suspended now, in one query."""
    return set(
        _suspensions_in_force(now).filter(user_id__in=user_ids).values_list("user_id", flat=True)
    )


def community_size() -> int:
    """Members who count for scaling the bars: active accounts."""
    return get_user_model().objects.filter(is_active=True).count()


def current_scale() -> float:
    return ladder.scale_for(community_size())


@dataclass
class RequirementProgress:
    requirement: ladder.Requirement
    value: int
    target: int

    @property
    def met(self) -> bool:
        return self.value >= self.target

    @property
    def is_condition(self) -> bool:
        return self.requirement.threshold is None

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.value / self.target)) if self.target else 100


@dataclass
class LevelProgress:
    level: ladder.Level
    topic: Topic | None
    requirements: list[RequirementProgress]
    standing: Standing | None = None

    @property
    def met(self) -> bool:
        return all(item.met for item in self.requirements)

    @property
    def met_count(self) -> int:
        return sum(1 for item in self.requirements if item.met)

    @property
    def closeness(self) -> tuple[int, float]:
        """How near the level is: requirements met, then average progress on all of them."""
        average = sum(item.percent for item in self.requirements) / max(1, len(self.requirements))
        return self.met_count, average

    @property
    def unmet_keys(self) -> list[str]:
        return [item.requirement.key for item in self.requirements if not item.met]

    @property
    def is_held(self) -> bool:
        return self.standing is not None and self.standing.is_held

    @property
    def grace_ends(self) -> datetime | None:
        if self.standing is None or self.standing.at_risk_since is None:
            return None
        return self.standing.at_risk_since + timedelta(days=ladder.grace_days())


class MemberFacts:
    """Measures one member's requirements, each query run at most once."""

    def __init__(self, user, *, now: datetime | None = None, scale: float | None = None):
        self.user = user
        self.now = now or timezone.now()
        self.scale = current_scale() if scale is None else scale
        self._standings: dict[tuple[str, int | None], Standing] | None = None

    @cached_property
    def tree(self) -> dict[int, int | None]:
        return topic_tree()

    @property
    def standings(self) -> dict[tuple[str, int | None], Standing]:
        if self._standings is None:
            self._standings = {
                (standing.role, standing.topic_id): standing
                for standing in Standing.objects.filter(user=self.user)
            }
        return self._standings

    def forget_standings(self) -> None:
        """Re-read standings after the ladder service changed them."""
        self._standings = None

    def holds(self, role: Role, topic_id: int | None = None) -> bool:
        """Holds the role; a topic role held in a parent topic covers its subtopics."""
        keys = [None] if topic_id is None else ancestors_and_self(topic_id, self.tree)
        return any(
            (standing := self.standings.get((role, key))) and standing.is_held for key in keys
        )

    def _topics(self, topic: Topic) -> set[int]:
        return subtree(topic.pk, self.tree)

    @cached_property
    def reputation_totals(self) -> dict[int | None, int]:
        return dict(ReputationTotal.objects.filter(user=self.user).values_list("topic", "points"))

    @cached_property
    def suspended(self) -> bool:
        return active_suspension(user=self.user, now=self.now) is not None

    def measure(self, name: str, topic: Topic | None) -> int:
        user = self.user
        if name == "lessons_completed":
            return LessonCompletion.objects.filter(user=user).count()
        if name == "courses_completed":
            return Enrolment.objects.filter(user=user, completed_at__isnull=False).count()
        if name == "topic_courses_completed":
            # In the topic itself: a retrospectives course does not make a teacher of all
            # facilitation (likewise for approved courses below).
            return Enrolment.objects.filter(
                user=user, completed_at__isnull=False, course__topic=topic
            ).count()
        if name == "contributions":
            from academy.live.selectors import sessions_attended_count

            given = sum(
                model.objects.filter(user=user).count()
                for model in (LessonFeedback, Kudos, PracticeReport)
            )
            return given + sessions_attended_count(user)
        if name == "reputation":
            return self.reputation_totals.get(None, 0)
        if name == "topic_reputation":
            topics = self._topics(topic)
            return sum(points for key, points in self.reputation_totals.items() if key in topics)
        if name == "recent_topic_reputation":
            since = self.now - timedelta(days=ladder.recent_days())
            return (
                ReputationEvent.objects.filter(
                    user=user, topic__in=self._topics(topic), created_at__gte=since
                ).aggregate(total=Sum("points"))["total"]
                or 0
            )
        if name == "topic_courses_approved":
            return ReputationEvent.objects.filter(
                user=user, cause=Cause.CONTENT_APPROVED, topic=topic
            ).count()
        if name == "is_learner":
            return int(self.holds(Role.LEARNER))
        if name == "is_contributor":
            return int(self.holds(Role.CONTRIBUTOR))
        if name == "is_peer_teacher":
            return int(self.holds(Role.PEER_TEACHER, topic.pk))
        if name == "teaches":
            return int(any(role == Role.PEER_TEACHER for role, _topic in self.held_keys()))
        if name == "not_suspended":
            return int(not self.suspended)
        raise ValueError(f"Unknown ladder measure {name!r}.")

    def held_keys(self) -> list[tuple[str, int | None]]:
        return [key for key, standing in self.standings.items() if standing.is_held]

    def progress(self, level: ladder.Level, topic: Topic | None = None) -> LevelProgress:
        standing = self.standings.get((level.role, topic.pk if topic else None))
        # Bars never rise for someone who already cleared them (see ladder.py).
        factor = min(self.scale, standing.scale) if standing and standing.is_held else self.scale
        return LevelProgress(
            level=level,
            topic=topic,
            standing=standing,
            requirements=[
                RequirementProgress(
                    requirement=requirement,
                    value=self.measure(requirement.measure, topic),
                    target=requirement.target(factor),
                )
                for requirement in level.requirements
            ],
        )


def topics_of_interest(*, user) -> list[Topic]:
    """Topics where the member learns, earned reputation, holds or was nominated for a role."""
    ids = set(
        ReputationTotal.objects.filter(user=user, topic__isnull=False).values_list(
            "topic", flat=True
        )
    )
    ids |= set(Enrolment.objects.filter(user=user).values_list("course__topic", flat=True))
    ids |= set(
        Standing.objects.filter(user=user, topic__isnull=False).values_list("topic", flat=True)
    )
    ids |= set(Nomination.objects.filter(nominee=user).values_list("topic", flat=True))
    return list(Topic.objects.filter(pk__in=ids - {None}).order_by("name"))


@dataclass
class TopicPath:
    topic: Topic
    levels: list[LevelProgress]
    pending_nomination: Nomination | None = None

    @property
    def current(self) -> LevelProgress | None:
        held = [level for level in self.levels if level.is_held]
        return held[-1] if held else None

    @property
    def next(self) -> LevelProgress | None:
        return next((level for level in self.levels if not level.is_held), None)


@dataclass
class MemberPath:
    """Everything the "Your path" page shows."""

    global_levels: list[LevelProgress]
    topics: list[TopicPath]
    history: list[RoleChange]
    suspension: Suspension | None
    scale: float
    community_size: int
    staff_roles: list[Role] = field(default_factory=list)

    @property
    def current_level(self) -> LevelProgress | None:
        held = [level for level in self.global_levels[:2] if level.is_held]
        return held[-1] if held else None

    @property
    def next_level(self) -> LevelProgress | None:
        return next((level for level in self.global_levels[:2] if not level.is_held), None)

    @property
    def closest_topic(self) -> TopicPath | None:
        """The topic where the next step is nearest, for compact summaries."""
        candidates = [path for path in self.topics if path.next is not None]
        if not candidates:
            return None
        return max(candidates, key=lambda path: path.next.closeness)


def path_of(*, user, extra_topic: Topic | None = None, history_limit: int = 20) -> MemberPath:
    facts = MemberFacts(user)
    topics = topics_of_interest(user=user)
    if extra_topic is not None and extra_topic not in topics:
        topics.append(extra_topic)
    pending = {
        nomination.topic_id: nomination
        for nomination in Nomination.objects.filter(nominee=user, status=Nomination.Status.PENDING)
    }
    return MemberPath(
        global_levels=[
            facts.progress(level) for level in (*ladder.GLOBAL_LEVELS, *ladder.LATE_GLOBAL_LEVELS)
        ],
        topics=[
            TopicPath(
                topic=topic,
                levels=[facts.progress(level, topic) for level in ladder.TOPIC_LEVELS],
                pending_nomination=pending.get(topic.pk),
            )
            for topic in topics
        ],
        history=list(
            RoleChange.objects.filter(user=user).select_related("topic", "actor")[:history_limit]
        ),
        suspension=active_suspension(user=user),
        scale=facts.scale,
        community_size=community_size(),
        staff_roles=[role for role in roles_of(user=user) if role.is_staff_role],
    )


def members_holding(role: Role, *, topic: Topic | None = None):
    """Active members who hold a ladder role (in the topic or a parent topic)."""
    standings = Standing.objects.filter(role=role).exclude(basis=Standing.Basis.BLOCKED)
    if topic is not None:
        standings = standings.filter(topic__in=ancestors_and_self(topic.pk, topic_tree()))
    return (
        get_user_model()
        .objects.filter(is_active=True, pk__in=standings.values("user"))
        .order_by("username")
    )


def pending_nominations():
    return Nomination.objects.filter(status=Nomination.Status.PENDING).select_related(
        "nominee", "topic", "nominated_by"
    )


def members_to_review():
    """Members the periodic run must look at: every active member with any activity."""
    User = get_user_model()
    with_activity = (
        Q(reputation_events__isnull=False)
        | Q(standings__isnull=False)
        | Q(suspensions__isnull=False)
    )
    return User.objects.filter(with_activity, is_active=True).distinct().order_by("pk")


def nominable_topics(*, mentor, member):
    """Topics where the mentor may nominate and the member does not teach yet."""
    from ..permissions import can

    facts = MemberFacts(member)
    allowed = [
        topic.pk
        for topic in Topic.objects.all()
        if can(mentor, "nomination.create", topic) and not facts.holds(Role.PEER_TEACHER, topic.pk)
    ]
    return Topic.objects.filter(pk__in=allowed).order_by("name")


def new_teachers(*, start: datetime, end: datetime):
    """Members who became peer teachers in the period, earned or granted, the latest first."""
    return (
        RoleChange.objects.filter(
            role=Role.PEER_TEACHER,
            kind__in=[RoleChange.Kind.PROMOTED, RoleChange.Kind.GRANTED],
            created_at__gte=start,
            created_at__lt=end,
        )
        .select_related("user__profile", "topic")
        .order_by("-created_at", "-pk")
    )


def teachers_by_topic() -> dict[int, int]:
    """How many members teach each topic, counting a parent topic's teachers for its
    subtopics too (as `can()` does)."""
    tree = topic_tree()
    teachers: dict[int, set[int]] = {topic_id: set() for topic_id in tree}
    standings = Standing.objects.filter(role=Role.PEER_TEACHER, topic__isnull=False).exclude(
        basis=Standing.Basis.BLOCKED
    )
    for user_id, topic_id in standings.values_list("user_id", "topic_id"):
        for covered in subtree(topic_id, tree):
            teachers[covered].add(user_id)
    return {topic_id: len(members) for topic_id, members in teachers.items()}
