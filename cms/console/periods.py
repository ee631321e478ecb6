"""The period a console screen or report covers: the last 7, 30, 90 or 365 days, or two
dates. Both ends are whole days in the academy's time zone, the last one included."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

PRESETS = {
    "7d": gettext_lazy("Last 7 days"),
    "30d": gettext_lazy("Last 30 days"),
    "90d": gettext_lazy("Last 90 days"),
    "365d": gettext_lazy("Last 365 days"),
}
DEFAULT = "30d"
LONGEST = timedelta(days=3 * 366)
RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


class PeriodError(ValueError):
    """A period that cannot be read, with a message for the person who typed it."""


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    key: str

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    @property
    def start(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.first, time.min))

    @property
    def end(self) -> datetime:
        """The first moment after the period."""
        return timezone.make_aware(datetime.combine(self.last + timedelta(days=1), time.min))

    @property
    def label(self) -> str:
        if self.key in PRESETS:
            return str(PRESETS[self.key])
        return _("%(first)s to %(last)s") % {"first": self.first, "last": self.last}


def parse(value: str, *, today: date | None = None) -> Period:
    """`30d` (a preset, up to today) or `2026-01-01..2026-03-31`."""
    today = today or timezone.localdate()
    value = (value or DEFAULT).strip()
    if value in PRESETS:
        days = int(value[:-1])
        return Period(first=today - timedelta(days=days - 1), last=today, key=value)
    match = RANGE.match(value)
    if match is None:
        raise PeriodError(
            _("Choose a period: %(presets)s, or two dates as 2026-01-01..2026-03-31.")
            % {"presets": ", ".join(PRESETS)}
        )
    try:
        first, last = (date.fromisoformat(part) for part in match.groups())
    except ValueError:
        raise PeriodError(_("%(value)s is not a date.") % {"value": value}) from None
    if last < first:
        raise PeriodError(_("The period ends before it starts."))
    if last - first > LONGEST:
        raise PeriodError(_("Choose a period of at most three years."))
    return Period(first=first, last=last, key=value)
