"""One way to create a demo member (verified email, the demo password, a profile) and to
find one."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from academy.peers import services as peer_services

from . import content


def ensure_member(*, username: str, name: str, email: str, bio: str = "", **fields):
    """Create or update the member; `fields` are further user fields (for example
    `is_superuser`, or `date_joined`, which is set only when the member is created)."""
    first_name, _, last_name = name.partition(" ")
    date_joined = fields.pop("date_joined", None)
    user, created = get_user_model().objects.update_or_create(
        username=username,
        defaults={"email": email, "first_name": first_name, "last_name": last_name, **fields},
    )
    if created and date_joined is not None:
        user.date_joined = date_joined
        user.save(update_fields=["date_joined"])
    if not user.check_password(content.DEMO_PASSWORD):
        user.set_password(content.DEMO_PASSWORD)
        user.save(update_fields=["password"])
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    peer_services.update_profile(user=user, display_name=name, bio=bio)
    return user


def member(username: str):
    return get_user_model().objects.get(username=username)
