from django.utils.translation import gettext as _

from academy.peers.permissions import can


class DiscussionError(Exception):
    """A discussion write that cannot be done, with a message for the member who tried."""


def require(user, action: str, obj) -> None:
    if not can(user, action, obj):
        raise DiscussionError(_("You cannot do that here."))
