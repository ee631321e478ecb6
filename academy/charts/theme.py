"""Colours, type and sizes of every chart, taken from the design tokens at the top of
academy/static/css/academy.css.

The SVG carries them as presentation attributes rather than CSS classes, so a chart looks
the same inline in a page, inside the Wagtail admin (which does not load academy.css) and
as a file of its own in a report.
"""

from dataclasses import dataclass

# --font-sans. system-ui is DejaVu Sans on most Linux desktops, the widest of the fonts this
# resolves to, which is why formatting.text_width measures with its widths.
FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'

SURFACE = "#ffffff"  # --colour-surface: the background every colour below is checked against
INK = "#1c2127"  # --colour-ink: labels and numbers
INK_MUTED = "#545b64"  # --colour-ink-muted: axis labels, secondary text, the zero line
LINE = "#e2ddd3"  # --colour-line: gridlines
BRAND = "#0d6b63"  # --colour-brand: bars, the first series
BRAND_SOFT = "#e3f1ee"  # --colour-brand-soft: the area under a single line, funnel necks
ACCENT_INK = "#7a4b00"  # --colour-accent-ink: the second series

# Sizes in SVG user units (pixels at 100 %).
TEXT = 13
SMALL = 12
STRONG = 14
HEADING = 17


@dataclass(frozen=True)
class SeriesStyle:
    """How one line of a line chart is drawn. Colour is never the only difference (WCAG
    1.4.1): each series also has its own dash pattern and marker shape."""

    colour: str
    dash: str  # stroke-dasharray, "" for a solid line
    marker: str  # "circle", "square" or "diamond"


SERIES = (
    SeriesStyle(colour=BRAND, dash="", marker="circle"),
    SeriesStyle(colour=ACCENT_INK, dash="7 4", marker="square"),
    SeriesStyle(colour=INK_MUTED, dash="2 3", marker="diamond"),
)

# Colours of marks (bars, lines, markers) need 3:1 against the surface (WCAG 1.4.11), text
# 4.5:1 (1.4.3); tests/charts/test_theme.py checks both.
MARK_COLOURS = (BRAND, ACCENT_INK, INK_MUTED)
TEXT_COLOURS = (INK, INK_MUTED, BRAND)
