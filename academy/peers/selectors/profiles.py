from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404

from ..models import Profile, ReputationTotal, Standing
from ..roles import Role


def profile_for(*, user) -> Profile:
    """The member's profile, or an unsaved empty one if they never filled it in."""
    return Profile.objects.filter(user=user).select_related("user").first() or Profile(user=user)


def display_name(user) -> str:
    """How members see each other; no query when the profile was fetched with the user."""
    profile = getattr(user, "profile", None)
    return profile.name if profile else user.get_username()


def get_active_member_or_404(*, username: str):
    return get_object_or_404(get_user_model(), username=username, is_active=True)


def roles_of(*, user) -> list[Role]:
    """The staff roles the member holds (by group)."""
    names = set(user.groups.values_list("name", flat=True))
    return [role for role in Role if role.is_staff_role and role.group_name in names]


class HeldRole(NamedTuple):
    role: Role
    topic: object = None


def held_roles_of(*, user) -> list[HeldRole]:
    """Every role the member holds, as shown on their profile: staff roles first, then
    ladder roles from the highest, each teaching role with its topic."""
    standings = (
        Standing.objects.filter(user=user)
        .exclude(basis=Standing.Basis.BLOCKED)
        .select_related("topic")
    )
    order = list(Role)
    ladder_roles = sorted(
        (HeldRole(Role(standing.role), standing.topic) for standing in standings),
        key=lambda held: (-order.index(held.role), str(held.topic or "")),
    )
    return [HeldRole(role) for role in roles_of(user=user)] + ladder_roles


def reputation_of(*, user) -> dict:
    """The member's overall reputation and their topics, highest first."""
    totals = ReputationTotal.objects.filter(user=user).select_related("topic")
    overall = next((total.points for total in totals if total.topic_id is None), 0)
    topics = sorted(
        (total for total in totals if total.topic_id is not None and total.points > 0),
        key=lambda total: -total.points,
    )
    return {"overall": overall, "topics": topics}


def teaching_of(*, user) -> dict:
    """Published courses the member wrote, live sessions they hosted, and the topics of both."""
    from academy.courses.selectors import authored_courses
    from academy.live.selectors import sessions_hosted

    courses = list(authored_courses(user=user))
    sessions = list(sessions_hosted(user).select_related("topic"))
    topics = {item.topic.pk: item.topic for item in [*courses, *sessions]}
    return {
        "courses": courses,
        "sessions": sessions[:5],
        "sessions_count": len(sessions),
        "topics": sorted(topics.values(), key=str),
    }


def learning_of(*, user) -> dict:
    """Courses the member follows and completed, and the topics they are learning."""
    from academy.courses.selectors import enrolments_of

    enrolments = list(enrolments_of(user=user))
    topics = {enrolment.course.topic.pk: enrolment.course.topic for enrolment in enrolments}
    return {
        "completed": [enrolment for enrolment in enrolments if enrolment.completed_at],
        "topics": sorted(topics.values(), key=str),
    }
