"""How the results page writes rates and differences, in the reader's language."""

from django import template
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def percent(value: float | None) -> str:
    """0.125 → "12.5%"."""
    if value is None:
        return "—"
    return _("%(number)s%%") % {"number": floatformat(value * 100, 1)}


@register.filter
def points(value: float | None) -> str:
    """A difference of rates in percentage points, with its sign: 0.031 → "+3.1 points"."""
    if value is None:
        return "—"
    number = floatformat(abs(value) * 100, 1)
    # The sign is the difference's own, even where it rounds to 0.0: "+0.0" is above zero.
    sign = "+" if value > 0 else "\u2212" if value < 0 else ""
    return _("%(signed_number)s points") % {"signed_number": f"{sign}{number}"}
