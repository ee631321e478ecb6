from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404

from .models import Profile


def profile_for(*, user) -> Profile:
    """The member's profile, or an unsaved empty one if they never filled it in."""
    return Profile.objects.filter(user=user).select_related("user").first() or Profile(user=user)


def get_active_member_or_404(*, username: str):
    return get_object_or_404(get_user_model(), username=username, is_active=True)
