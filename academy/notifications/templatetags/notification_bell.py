from django import template

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
