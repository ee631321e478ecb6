from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from .. import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context) -> int:
    """The signed-in member's unread count for the header's bell: one indexed COUNT, asked
    only for members (anonymous pages are cached and must not depend on anyone)."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return 0
    return selectors.unread_count_for(request)


@register.filter
def ago(moment) -> str:
    """How long ago, in words: "just now" for the last minute, then "3 hours ago"."""
    if timezone.now() - moment < timedelta(minutes=1):
        return _("just now")
    return _("%(time)s ago") % {"time": timesince(moment, depth=1)}
