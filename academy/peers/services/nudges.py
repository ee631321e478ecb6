"""Curators ask a peer teacher to fill a gap the console shows: a wanted topic, a content
request nobody answered, questions left open in a live session.

The notification is the record: the teacher sees it in the bell and, unless they turned it
off, by email; a teacher is nudged at most once a week, so a nudge stays a request.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.notifications.kinds import Kind
from academy.notifications.models import Notification
from academy.notifications.services import notify
from academy.text import clean_text

from ..permissions import can, has_role
from ..roles import Role
from ..selectors.profiles import display_name

NUDGE_EVERY = timedelta(days=7)
GAP_LENGTH = 200


class NudgeError(Exception):
    """A nudge that cannot be sent, with a message for the curator."""


@transaction.atomic
def nudge_teacher(*, curator, teacher, gap: str, url: str) -> Notification:
    if not can(curator, "teacher.nudge", teacher):
        raise NudgeError(_("Only curators can nudge teachers."))
    gap = clean_text(gap).strip()
    if not gap:
        raise NudgeError(_("Say which gap they could fill."))
    if len(gap) > GAP_LENGTH:
        raise NudgeError(_("Keep the gap to %(count)d characters.") % {"count": GAP_LENGTH})
    name = display_name(teacher)
    if not has_role(teacher, Role.PEER_TEACHER):
        raise NudgeError(_("%(name)s does not teach yet.") % {"name": name})
    since = timezone.now() - NUDGE_EVERY
    if Notification.objects.filter(recipient=teacher, kind=Kind.NUDGE, created_at__gte=since):
        raise NudgeError(
            _("%(name)s was asked less than a week ago; give them time.") % {"name": name}
        )
    return notify(
        recipient=teacher,
        kind=Kind.NUDGE,
        url=url,
        params={"actor_name": display_name(curator), "gap": gap},
        actor=curator,
    )
