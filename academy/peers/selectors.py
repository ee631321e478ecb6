from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404

from .models import Profile
from .roles import Role


def profile_for(*, user) -> Profile:
    """The member's profile, or an unsaved empty one if they never filled it in."""
    return Profile.objects.filter(user=user).select_related("user").first() or Profile(user=user)


def get_active_member_or_404(*, username: str):
    return get_object_or_404(get_user_model(), username=username, is_active=True)


def roles_of(*, user) -> list[Role]:
    names = set(user.groups.values_list("name", flat=True))
    return [role for role in Role if role.group_name in names]
