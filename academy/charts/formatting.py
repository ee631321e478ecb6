"""Numbers, percentages and dates as the reader's language writes them, and the width text
takes, so that labels can be placed and shortened before the browser draws them."""

import datetime
import math
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import date_format, get_format, number_format

Number = int | float | Decimal

NO_VALUE = "\u2014"  # an em dash, for a rate that has nothing to be a share of
ELLIPSIS = "\u2026"


def format_number(value: Number, *, places: int = 2) -> str:
    """1,234 in English, 1.234 in German; 12.5 and 12,5: at most `places` decimals, and only
    those that say something (12.50 is 12.5, 3.0 is 3)."""
    if isinstance(value, int):
        return number_format(value, force_grouping=True)
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    rounded = rounded.normalize()
    shown = max(0, -rounded.as_tuple().exponent)
    return number_format(rounded, decimal_pos=shown, force_grouping=True)


def format_percent(value: float | None) -> str:
    """25 %, 33.3 %, 0.25 %: one decimal where it says something, two below one per cent so a
    small share never reads as 0 %. The space before the sign does not break (as in German
    and in SI style), so the sign never wraps away from its number."""
    if value is None:
        return NO_VALUE
    if 0 < value < 0.005:
        return f"<\u00a0{format_number(0.01)}\u00a0%"
    return f"{format_number(float(value), places=2 if 0 < value < 1 else 1)}\u00a0%"


def format_day(day: datetime.date) -> str:
    """A date in full, for tables and descriptions: "March 5, 2025", "5. März 2025"."""
    return date_format(day, "DATE_FORMAT")


def format_axis_day(day: datetime.date, *, with_year: bool) -> str:
    """A short date for an axis: "Mar 5", "5. Mär"; with the year when a chart spans more
    than one. The language's month-day format is used with abbreviated month names."""
    if with_year:
        return date_format(day, "SHORT_DATE_FORMAT")
    return date_format(day, get_format("MONTH_DAY_FORMAT").replace("F", "M"))


def format_axis_month(day: datetime.date) -> str:
    """A month for an axis: "Mar 2025", "Mär 2025"; the language's year-month format with
    abbreviated month names."""
    return date_format(day, get_format("YEAR_MONTH_FORMAT").replace("F", "M"))


def share(part: Number, whole: Number) -> float | None:
    """`part` as a percentage of `whole`, or None when there is no whole to take a share of."""
    if not whole:
        return None
    return float(part) / float(whole) * 100


def check_numbers(values, *, what: str) -> tuple[Number, ...]:
    """The values of a chart: finite and not negative, as counts and durations are."""
    checked = []
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            raise TypeError(f"{what} must be numbers, not {type(value).__name__}")
        if not math.isfinite(value):
            raise ValueError(f"{what} must be finite numbers, not {value}")
        if value < 0:
            raise ValueError(f"{what} must not be negative, not {value}")
        checked.append(value)
    return tuple(checked)


# Advance widths in em of DejaVu Sans, the font system-ui resolves to on most Linux
# desktops and the widest of those the font stack reaches: an estimate from it leaves room
# to spare in narrower fonts instead of overlapping in wider ones.
_WIDTHS = {
    **dict.fromkeys("0123456789", 0.636),
    **dict.fromkeys(" \u00a0.,:;·'|!", 0.318),
    **dict.fromkeys("ijl", 0.278),
    **dict.fromkeys("ft", 0.39),
    **dict.fromkeys("r()[]-/", 0.41),
    **dict.fromkeys("sczvxyk", 0.53),
    **dict.fromkeys("IJ", 0.32),
    **dict.fromkeys("m%@W", 0.97),
    **dict.fromkeys("Mw", 0.84),
    **dict.fromkeys("OQGCDHNU", 0.78),
    "…": 1.0,
    "—": 1.0,
}
_LOWER = 0.615
_UPPER = 0.70
_WIDE = 1.0  # CJK and other full-width characters


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width `text` takes at font size `size`, estimated (no font is loaded)."""
    em = 0.0
    for char in str(text):
        if char in _WIDTHS:
            em += _WIDTHS[char]
        elif ord(char) >= 0x2E80:
            em += _WIDE
        elif char.isupper():
            em += _UPPER
        else:
            em += _LOWER
    return em * size * (1.07 if bold else 1.0)


def fit(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """`text` shortened with an ellipsis so that it takes at most `width`."""
    text = str(text)
    if text_width(text, size, bold=bold) <= width:
        return text
    room = width - text_width(ELLIPSIS, size, bold=bold)
    kept = ""
    for char in text:
        if text_width(kept + char, size, bold=bold) > room:
            break
        kept += char
    return kept.rstrip() + ELLIPSIS
