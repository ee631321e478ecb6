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
    return page.live and not page.get_view_restrictions().exists()
