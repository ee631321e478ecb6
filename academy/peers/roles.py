"""The roles a member can hold.

- Ladder roles are earned by what a member does (see `ladder.py`): the global levels Learner
  and Contributor, Ambassador, and per topic Peer teacher and Mentor. Newcomer is the level
  of every member who holds none of them. They are stored as `Standing` rows.
- Staff roles (Curator, Moderator) are granted by hand and are membership of a group of
  the same name.

Peer teachers and mentors are also mirrored into a group each, so that Wagtail's page
permissions and the review workflow admit them; `can()` then narrows to the topic.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    CONTRIBUTOR = "contributor", _("Contributor")
    AMBASSADOR = "ambassador", _("Ambassador")
    PEER_TEACHER = "peer_teacher", _("Peer teacher")
    MENTOR = "mentor", _("Mentor")
    CURATOR = "curator", _("Curator")
    MODERATOR = "moderator", _("Moderator")

    @property
    def group_name(self) -> str | None:
        """The Wagtail/Django group that mirrors this role, if any."""
        return ROLE_GROUPS.get(self)

    @property
    def is_staff_role(self) -> bool:
        return self in (Role.CURATOR, Role.MODERATOR)

    @property
    def is_topic_role(self) -> bool:
        return self in (Role.PEER_TEACHER, Role.MENTOR)


ROLE_GROUPS = {
    Role.PEER_TEACHER: "Peer teachers",
    Role.MENTOR: "Mentors",
    Role.CURATOR: "Curators",
    Role.MODERATOR: "Moderators",
}
