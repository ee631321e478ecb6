"""What every chart shares: its title and description, its data as a table, and rendering
to inline SVG, to a standalone SVG document and to a figure with a table beside it."""

import datetime
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any, ClassVar

from django.template.loader import render_to_string
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from . import theme
from .formatting import fit, format_day, format_number, format_percent, text_width

WIDTH = 720  # every chart but the sparkline is drawn 720 wide and scales down with its box
STANDALONE_HEADER = 44  # room for the title a standalone document draws above the chart
STANDALONE_MARGIN = 12  # around a standalone document, which has no page to sit in

DEFAULT_EMPTY_TEXT = _("No data to show yet.")
# A bar for a value above zero is never thinner than this, so that it can be told from zero.
MIN_BAR = 1.5

Text = str | Promise  # a string, or a translatable one


def r(value: float) -> float | int:
    """A coordinate rounded for the markup: a hundredth of a pixel is plenty, and a whole
    number is written without ".0"."""
    value = round(float(value), 2)
    return int(value) if value.is_integer() else value


def bar_length(value: float, *, largest: float, room: float) -> float:
    """The length of a bar for `value` when the largest value takes all the `room`."""
    if value <= 0:
        return 0.0
    return max(float(value) / largest * room, MIN_BAR)


@dataclass(frozen=True)
class Column:
    header: Text
    # How the column's values are written: "text", "number", "percent" or "date".
    kind: str = "number"


@dataclass(frozen=True)
class Table:
    """A chart's data: what the table beside the chart shows and what a CSV file holds."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]

    @property
    def header(self) -> list[str]:
        return [str(column.header) for column in self.columns]

    def as_rows(self) -> list[list[Any]]:
        """The header, then one row per data point with the values as they are (numbers,
        dates, None for a missing rate): ready for `csv.writer(...).writerows()`."""
        return [self.header, *(list(row) for row in self.rows)]

    def display_rows(self) -> list[list[str]]:
        """The rows written for a reader in the active language: 1.234, 25 %, 5. März 2025."""
        return [
            [_display(value, column.kind) for value, column in zip(row, self.columns, strict=True)]
            for row in self.rows
        ]


def _display(value: Any, kind: str) -> str:
    if kind == "percent":
        return format_percent(value)
    if value is None:
        return ""
    if kind == "number":
        return format_number(value)
    if kind == "date" and isinstance(value, datetime.date):
        return format_day(value)
    return str(value)


@dataclass(frozen=True)
class Drawing:
    """The body of a chart: its size and the template (under charts/svg/) that draws it."""

    height: float
    template: str
    context: dict[str, Any]
    width: float = WIDTH


@dataclass(frozen=True, kw_only=True)
class Chart:
    """A chart ready to render; made by `bar_chart`, `funnel_chart`, `line_chart` or
    `sparkline`, never directly."""

    kind: ClassVar[str]
    canvas_width: ClassVar[float] = WIDTH
    title: Text
    description: Text = ""
    empty_text: Text = DEFAULT_EMPTY_TEXT

    # What each kind provides --------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        raise NotImplementedError

    def table(self) -> Table:
        raise NotImplementedError

    def summary(self) -> str:
        """One or two sentences saying what the chart shows, read out by screen readers."""
        raise NotImplementedError

    def drawing(self) -> Drawing:
        raise NotImplementedError

    # What every chart does ----------------------------------------------------------

    def rows(self) -> list[list[Any]]:
        """The header and the data rows, for a CSV file."""
        return self.table().as_rows()

    def svg(self) -> SafeString:
        """Inline SVG markup for a page. Its ids are new on every call, so two charts (or the
        same chart twice) on one page never share one."""
        return self._render(uid=f"chart-{secrets.token_hex(4)}", standalone=False)

    def standalone_svg(self) -> str:
        """A complete SVG document, for a file of its own: an XML declaration, the SVG
        namespace, the title drawn above the chart and every style an attribute. The same
        chart gives the same document, so report files only change when the data does."""
        digest = hashlib.sha256(repr((self.kind, str(self.title), self.rows())).encode())
        return str(self._render(uid=f"chart-{digest.hexdigest()[:8]}", standalone=True))

    def html(self) -> SafeString:
        """The chart as a figure for a page: caption, SVG and its data as a table (what
        `{% chart %}` renders)."""
        uid = f"chart-{secrets.token_hex(4)}"
        return render_to_string(
            "charts/chart.html",
            {
                "chart": self,
                "caption_id": f"{uid}-caption",
                "svg": None if self.is_empty else self._render(uid=uid, standalone=False),
                "table": self.table(),
            },
        )

    def _render(self, *, uid: str, standalone: bool) -> SafeString:
        drawing = self._empty_drawing() if self.is_empty else self.drawing()
        width, height, left, top = drawing.width, drawing.height, 0, 0
        if standalone:
            # The title is drawn above the chart; a sparkline widens to show some of it.
            title_width = text_width(self.title, theme.HEADING, bold=True) + 16
            width = max(width, min(WIDTH, title_width)) + 2 * STANDALONE_MARGIN
            height += STANDALONE_HEADER + 2 * STANDALONE_MARGIN
            left, top = STANDALONE_MARGIN, STANDALONE_MARGIN + STANDALONE_HEADER
        summary = str(self.empty_text) if self.is_empty else self.summary()
        description = " ".join(str(part) for part in (self.description, summary) if part)
        frame = {
            "chart": self,
            "standalone": standalone,
            "title_id": f"{uid}-title",
            "desc_id": f"{uid}-desc",
            "description": description,
            "heading": fit(self.title, width - 2 * left - 16, theme.HEADING, bold=True),
            "width": r(width),
            "height": r(height),
            "body_x": left,
            "body_y": top,
            "heading_x": left + 8,
            "heading_y": left + 26,
            "body": drawing.template,
            "theme": THEME,
        }
        if clash := frame.keys() & drawing.context.keys():
            raise ValueError(f"a drawing's context would hide the document's {sorted(clash)}")
        markup = render_to_string("charts/svg/document.svg", {**frame, **drawing.context})
        # Rendered by Django's templates, which escaped every label and title.
        return mark_safe(markup.strip())  # noqa: S308

    def _empty_drawing(self) -> Drawing:
        return Drawing(
            width=self.canvas_width,
            height=64,
            template="charts/svg/empty.svg",
            context={"text": self.empty_text, "x": self.canvas_width / 2, "y": 36},
        )


# The theme as the templates read it.
THEME = {
    name.lower(): getattr(theme, name)
    for name in dir(theme)
    if name.isupper() and isinstance(getattr(theme, name), str | int)
}
