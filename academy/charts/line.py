"""A trend over time: one to three series of numbers, one number per day."""

import datetime
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import theme
from .base import DEFAULT_EMPTY_TEXT, WIDTH, Chart, Column, Drawing, Table, Text, r
from .formatting import (
    Number,
    check_numbers,
    fit,
    format_axis_day,
    format_axis_month,
    format_day,
    format_number,
    text_width,
)
from .scales import label_every, nice_scale

HEIGHT = 300
PAD = 8
LEGEND = 30  # the legend's row above the plot
LEGEND_SAMPLE = 36  # a legend entry's sample of the line, with the space after it
LEGEND_GAP = 24  # between legend entries
TICK_GAP = 8  # between a tick label and the plot
DAY_LABELS = 22  # the row of dates below the plot
LABEL_GAP = 16  # at least this much between two date labels
DAYS_UP_TO = 92  # days a chart may span with dates on its axis; longer ones get months
MONTHS_APART = (1, 2, 3, 6, 12)
MARKERS_UP_TO = 40  # points per series; with more, markers would crowd the line
MAX_SERIES = len(theme.SERIES)


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    tip: str  # "Mar 5 · Enrolments: 40"


@dataclass(frozen=True)
class Line:
    name: str
    style: theme.SeriesStyle
    points: tuple[Point, ...]
    path: str  # the polyline's points
    legend_x: float
    legend_name: str


@dataclass(frozen=True)
class Tick:
    y: float
    text_y: float
    text: str


@dataclass(frozen=True)
class DayLabel:
    x: float
    text: str


@dataclass(frozen=True, kw_only=True)
class LineChart(Chart):
    """One to three lines over days; made by `line_chart`."""

    kind = "line"
    days: tuple[datetime.date, ...]
    series: tuple[tuple[Text, tuple[Number, ...]], ...]

    @property
    def is_empty(self) -> bool:
        return not self.days

    def table(self) -> Table:
        return Table(
            columns=(
                Column(gettext_lazy("Date"), "date"),
                *(Column(name) for name, _values in self.series),
            ),
            rows=tuple(
                (day, *(values[index] for _name, values in self.series))
                for index, day in enumerate(self.days)
            ),
        )

    def summary(self) -> str:
        if len(self.days) == 1:
            period = _("%(day)s.") % {"day": format_day(self.days[0])}
        else:
            period = ngettext(
                "%(count)s day, from %(start)s to %(end)s.",
                "%(count)s days, from %(start)s to %(end)s.",
                len(self.days),
            ) % {
                "count": format_number(len(self.days)),
                "start": format_day(self.days[0]),
                "end": format_day(self.days[-1]),
            }
        figures = [
            _("%(name)s: latest %(latest)s, highest %(highest)s.")
            % {
                "name": name,
                "latest": format_number(values[-1]),
                "highest": format_number(max(values)),
            }
            for name, values in self.series
        ]
        return " ".join([period, *figures])

    def drawing(self) -> Drawing:
        all_values = [value for _name, values in self.series for value in values]
        scale = nice_scale(
            max(all_values, default=0), whole=all(isinstance(v, int) for v in all_values)
        )
        tick_texts = [format_number(tick) for tick in scale.ticks]
        by_month = (self.days[-1] - self.days[0]).days > DAYS_UP_TO
        candidates = self._month_starts() if by_month else self._each_day()
        day_width = max(text_width(text, theme.SMALL) for _day, text in candidates)

        # The plot leaves room for the widest tick label on the left, and for half a date
        # label on either side (dates are centred on their point).
        left = max(
            PAD + max(text_width(t, theme.SMALL) for t in tick_texts) + TICK_GAP,
            PAD + day_width / 2,
        )
        right = WIDTH - max(PAD + day_width / 2, 2 * PAD)
        top = PAD + LEGEND
        bottom = HEIGHT - PAD - DAY_LABELS
        plot_width, plot_height = right - left, bottom - top

        first, span = self.days[0], (self.days[-1] - self.days[0]).days

        def x_of(day: datetime.date) -> float:
            if not span:
                return left + plot_width / 2
            return left + (day - first).days / span * plot_width

        def y_of(value: Number) -> float:
            return bottom - scale.position(value) * plot_height

        ticks = [
            Tick(y=r(y_of(tick)), text_y=r(y_of(tick) + theme.SMALL * 0.35), text=text)
            for tick, text in zip(scale.ticks, tick_texts, strict=True)
        ]
        if by_month:
            chosen = self._every_few_months(candidates, x_of, day_width)
        else:
            count = len(self.days)
            every = label_every(
                points=count,
                spacing=plot_width / (count - 1) if count > 1 else plot_width,
                label_width=day_width,
                gap=LABEL_GAP,
            )
            # Every n-th day, counted back from the last: the most recent day matters most.
            chosen = candidates[::-1][::every][::-1]
        day_labels = self._without_overlaps(chosen, x_of)

        lines = []
        legend_x = left
        # Each entry: a sample of the line, the name, and room before the next entry.
        legend_room = (WIDTH - PAD - left) / len(self.series) - LEGEND_SAMPLE - LEGEND_GAP
        for (name, values), style in zip(self.series, theme.SERIES, strict=False):
            name = str(name)
            points = tuple(
                Point(
                    x=r(x_of(day)),
                    y=r(y_of(value)),
                    tip=f"{format_day(day)} · {name}: {format_number(value)}",
                )
                for day, value in zip(self.days, values, strict=True)
            )
            legend_name = fit(name, legend_room, theme.SMALL)
            lines.append(
                Line(
                    name=name,
                    style=style,
                    points=points,
                    path=" ".join(f"{point.x},{point.y}" for point in points),
                    legend_x=round(legend_x),  # whole pixels: the template adds to it
                    legend_name=legend_name,
                )
            )
            legend_x += LEGEND_SAMPLE + text_width(legend_name, theme.SMALL) + LEGEND_GAP
        area = None
        if len(lines) == 1 and len(self.days) > 1:
            points = lines[0].points
            area = f"{points[0].x},{r(bottom)} {lines[0].path} {points[-1].x},{r(bottom)}"
        return Drawing(
            height=HEIGHT,
            template="charts/svg/line.svg",
            context={
                "lines": lines,
                "area": area,
                "markers": len(self.days) <= MARKERS_UP_TO,
                "ticks": ticks,
                "day_labels": day_labels,
                "left": r(left),
                "right": r(right),
                "bottom": r(bottom),
                "legend_y": PAD + 10,
                "tick_x": r(left - TICK_GAP),
                "day_y": r(bottom + DAY_LABELS - 4),
            },
        )

    def _each_day(self) -> list[tuple[datetime.date, str]]:
        with_year = self.days[0].year != self.days[-1].year
        return [(day, format_axis_day(day, with_year=with_year)) for day in self.days]

    def _month_starts(self) -> list[tuple[datetime.date, str]]:
        """The first of each month within the chart's days: "Apr 2025", "Apr. 2025"."""
        first, last = self.days[0], self.days[-1]
        month = first.replace(day=1)
        if month < first:
            month = _next_month(month)
        starts = []
        while month <= last:
            starts.append((month, format_axis_month(month)))
            month = _next_month(month)
        return starts

    def _every_few_months(self, starts, x_of, label_width) -> list[tuple[datetime.date, str]]:
        """Every month, or every 2, 3, 6 or 12 months, whichever is the first to leave room
        between the labels; on whole quarters and halves (January, April, July, October)."""
        for every in MONTHS_APART:
            chosen = [(day, text) for day, text in starts if (day.month - 1) % every == 0]
            xs = [x_of(day) for day, _text in chosen]
            if all(b - a >= label_width + LABEL_GAP for a, b in itertools.pairwise(xs)):
                return chosen
        return chosen

    @staticmethod
    def _without_overlaps(chosen, x_of) -> list[DayLabel]:
        """The chosen labels, leaving out any that would touch the one before: uneven days
        (a gap in the data) can bring two close even when most are far apart."""
        labels = []
        last_end = float("-inf")
        for day, text in chosen:
            x = x_of(day)
            half = text_width(text, theme.SMALL) / 2
            if x - half < last_end + LABEL_GAP:
                continue
            labels.append(DayLabel(x=r(x), text=text))
            last_end = x + half
        return labels


def _next_month(day: datetime.date) -> datetime.date:
    return day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1, day=1)


def line_chart(
    *,
    title: Text,
    days: Sequence[datetime.date],
    series: Mapping[Text, Sequence[Number]],
    description: Text = "",
    empty_text: Text = DEFAULT_EMPTY_TEXT,
) -> LineChart:
    """A trend over `days`: `series` maps each line's name (shown in the legend) to one number
    per day. One to three series; days may come in any order and are drawn in date order."""
    days = tuple(days)
    if len(series) > MAX_SERIES or (days and not series):
        raise ValueError(f"a line chart has 1 to {MAX_SERIES} series, not {len(series)}")
    if len(set(days)) != len(days):
        raise ValueError("each day may appear only once")
    checked = []
    for name, values in series.items():
        values = check_numbers(values, what=f"values of {name}")
        if len(values) != len(days):
            raise ValueError(f"{name} has {len(values)} values for {len(days)} days")
        checked.append((name, values))
    order = sorted(range(len(days)), key=days.__getitem__)
    return LineChart(
        title=title,
        description=description,
        empty_text=empty_text,
        days=tuple(days[index] for index in order),
        series=tuple((name, tuple(values[index] for index in order)) for name, values in checked),
    )
