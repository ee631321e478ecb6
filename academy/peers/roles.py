"""The roles a member can hold, each backed by a Wagtail/Django group of the same name.

Learner is not a group: every signed-in member is a learner. Admin is a superuser.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    PEER_TEACHER = "Peer teachers", _("Peer teacher")
    MENTOR = "Mentors", _("Mentor")
    CURATOR = "Curators", _("Curator")
    MODERATOR = "Moderators", _("Moderator")

    @property
    def group_name(self) -> str:
        return self.value
