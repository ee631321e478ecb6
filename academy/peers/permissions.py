"""Every privilege of the academy, named in one place.

Views, consumers and Wagtail hooks ask `can(user, action, obj)`; nothing else decides
who may do what. An unknown action name is a programming error and raises, so a typo
can never silently allow or deny.
"""

from collections.abc import Callable

from django.http import Http404

from .roles import Role

Rule = Callable[[object, object], bool]
_RULES: dict[str, Rule] = {}


def rule(action: str) -> Callable[[Rule], Rule]:
    def register(check: Rule) -> Rule:
        if action in _RULES:
            raise ValueError(f"Privilege {action!r} is defined twice.")
        _RULES[action] = check
        return check

    return register


def actions() -> list[str]:
    return sorted(_RULES)


def can(user, action: str, obj=None) -> bool:
    try:
        check = _RULES[action]
    except KeyError:
        raise ValueError(f"Unknown privilege {action!r}.") from None
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return check(user, obj)


def get_for_user_or_404(user, action: str, queryset, **lookup):
    """Fetch one object and check `action` on it in one call; absent and forbidden look alike."""
    obj = queryset.filter(**lookup).first()
    if obj is None or not can(user, action, obj):
        raise Http404
    return obj


def has_role(user, role: Role) -> bool:
    if not user.is_authenticated:
        return False
    # Cached on the user object: a request asks many questions about one user.
    if not hasattr(user, "_academy_groups"):
        user._academy_groups = set(user.groups.values_list("name", flat=True))
    return role.group_name in user._academy_groups


@rule("profile.edit")
def _edit_profile(user, profile) -> bool:
    return profile.user_id == user.pk


@rule("course.learn")
def _learn(user, page) -> bool:
    """Enrol, mark lessons done, rate, report practice and give kudos: any member, on
    published pages that are not behind a view restriction."""
    from academy.courses.selectors import is_open_for_learning

    return is_open_for_learning(page)


# Authoring ------------------------------------------------------------------------------
# Until topic-scoped teaching rights land, the Peer teachers and Mentors groups stand in for
# "holds a teaching right / a mentor role in this topic": the topic argument is accepted so
# that callers already ask the right question.


def _authors_of(course) -> set[int]:
    from academy.courses.selectors import author_ids

    return author_ids(course)


def _course_of(page):
    from academy.courses.selectors import course_of

    return course_of(page)


@rule("course.create")
def _create_course(user, topic) -> bool:
    return has_role(user, Role.CURATOR) or has_role(user, Role.PEER_TEACHER)


@rule("course.edit")
def _edit_course(user, page) -> bool:
    """Edit a course or one of its lessons: its authors (if still teachers) and curators."""
    if has_role(user, Role.CURATOR):
        return True
    course = _course_of(page)
    return (
        course is not None
        and has_role(user, Role.PEER_TEACHER)
        and user.pk in _authors_of(course)
        and can(user, "course.create", course.topic)
    )


@rule("course.review")
def _review_course(user, page) -> bool:
    """Peer review: a mentor who is not one of the course's authors."""
    course = _course_of(page)
    return course is not None and has_role(user, Role.MENTOR) and user.pk not in _authors_of(course)


@rule("course.feature")
def _feature_course(user, course) -> bool:
    return has_role(user, Role.CURATOR)


@rule("learning_path.create")
def _create_learning_path(user, catalogue) -> bool:
    return has_role(user, Role.CURATOR)
