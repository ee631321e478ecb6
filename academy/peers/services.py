import logging

from django.contrib.auth.models import Group
from django.db import transaction

from .models import Profile
from .roles import Role

logger = logging.getLogger(__name__)


@transaction.atomic
def update_profile(*, user, display_name: str, bio: str) -> Profile:
    profile, _created = Profile.objects.update_or_create(
        user=user, defaults={"display_name": display_name.strip(), "bio": bio.strip()}
    )
    return profile


@transaction.atomic
def grant_role(*, user, role: Role) -> None:
    group, _created = Group.objects.get_or_create(name=role.group_name)
    user.groups.add(group)


def record_learning(*, user, kind: str, obj) -> None:
    """Hear about learning done in other apps (lesson or course completed, kudos received).

    Called after the writing transaction commits. The reputation ledger of the peers app
    turns these into points when it lands; until then they are only logged.
    """
    logger.info("learning event %s for user %s on %s", kind, user.pk, obj.pk)
