"""`{% report_control obj %}`: the small "Report" control shown on member content."""

from django import template

from ..flaggable import kind_of
from ..forms import FlagForm
from ..permissions import can

register = template.Library()


@register.inclusion_tag("peers/includes/report_control.html", takes_context=True)
def report_control(context, obj):
    user = context["request"].user
    kind = kind_of(obj)
    shown = (
        kind is not None
        and obj.pk is not None
        and kind.author(obj).pk != user.pk
        and can(user, "content.flag", obj)
    )
    if not shown:
        return {"shown": False}
    prefix = f"report-{kind.key}-{obj.pk}"
    return {
        "shown": True,
        "kind": kind,
        "obj": obj,
        "form": FlagForm(auto_id=f"id_{prefix}_%s"),
        "request": context["request"],
    }
