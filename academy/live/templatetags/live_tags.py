from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def local_time(moment, zone, style="datetime"):
    """A <time> the browser rewrites in the viewer's zone (`local-time.js`); without
    JavaScript it reads on the session's clock with the zone named."""
    local = timezone.localtime(moment, zone)
    formats = {"datetime": "DATETIME_FORMAT", "date": "DATE_FORMAT", "time": "TIME_FORMAT"}
    text = date_format(local, formats[style])
    if style != "date":
        text = f"{text} ({zone.key})"
    return format_html(
        '<time datetime="{}" data-local="{}">{}</time>', moment.isoformat(), style, text
    )


@register.filter
def seats_left(session) -> int:
    return max(session.capacity - getattr(session, "seats_taken", 0), 0)
