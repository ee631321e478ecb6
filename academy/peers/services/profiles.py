from django.db import transaction

from ..models import Profile


@transaction.atomic
def update_profile(*, user, display_name: str, bio: str, **fields) -> Profile:
    """Save what a member shows of themselves; `fields` are the other profile fields."""
    profile, _created = Profile.objects.update_or_create(
        user=user,
        defaults={"display_name": display_name.strip(), "bio": bio.strip(), **fields},
    )
    return profile
