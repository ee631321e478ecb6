"""Horizontal bars: one figure per topic, course or anything else with a name."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import theme
from .base import DEFAULT_EMPTY_TEXT, WIDTH, Chart, Column, Drawing, Table, Text, bar_length, r
from .formatting import Number, check_numbers, fit, format_number, text_width

ROW = 30  # from one bar to the next
BAR = 18
PAD = 8  # around the drawing
GAP = 10  # between a label and its bar, and a bar and its value
MAX_LABEL_SHARE = 0.34  # of the width, at most, for the names; longer ones are shortened
LABEL_HEADER = gettext_lazy("Name")
VALUE_HEADER = gettext_lazy("Value")


@dataclass(frozen=True)
class Bar:
    label: str  # in full, for the bar's tooltip
    shown_label: str  # shortened to fit the label column
    value_text: str
    y: float
    width: float
    text_y: float
    value_x: float


@dataclass(frozen=True, kw_only=True)
class BarChart(Chart):
    """Horizontal bars, one per label; made by `bar_chart`."""

    kind = "bar"
    labels: tuple[Text, ...]
    values: tuple[Number, ...]
    unit: Text = ""
    label_header: Text = LABEL_HEADER
    value_header: Text = VALUE_HEADER

    @property
    def is_empty(self) -> bool:
        return not self.values

    def value_text(self, value: Number) -> str:
        number = format_number(value)
        return f"{number}\u00a0{self.unit}" if self.unit else number

    def table(self) -> Table:
        header = f"{self.value_header} ({self.unit})" if self.unit else self.value_header
        return Table(
            columns=(Column(self.label_header, "text"), Column(header)),
            rows=tuple(
                (str(label), value) for label, value in zip(self.labels, self.values, strict=True)
            ),
        )

    def summary(self) -> str:
        pairs = list(zip(self.labels, self.values, strict=True))
        if len(pairs) == 1:
            label, value = pairs[0]
            return _("One bar: %(label)s, %(value)s.") % {
                "label": label,
                "value": self.value_text(value),
            }
        high = max(pairs, key=lambda pair: pair[1])
        low = min(pairs, key=lambda pair: pair[1])
        return ngettext(
            "%(count)s bar. Highest: %(high)s, %(high_value)s. Lowest: %(low)s, %(low_value)s.",
            "%(count)s bars. Highest: %(high)s, %(high_value)s. Lowest: %(low)s, %(low_value)s.",
            len(pairs),
        ) % {
            "count": format_number(len(pairs)),
            "high": high[0],
            "high_value": self.value_text(high[1]),
            "low": low[0],
            "low_value": self.value_text(low[1]),
        }

    def drawing(self) -> Drawing:
        labels = [str(label) for label in self.labels]
        value_texts = [self.value_text(value) for value in self.values]
        label_width = min(
            max(text_width(label, theme.TEXT) for label in labels), WIDTH * MAX_LABEL_SHARE
        )
        value_width = max(text_width(text, theme.TEXT) for text in value_texts)
        plot_x = PAD + label_width + GAP
        plot_width = WIDTH - plot_x - GAP - value_width - PAD
        largest = float(max(self.values)) or 1.0
        bars = []
        for index, (label, value, value_text) in enumerate(
            zip(labels, self.values, value_texts, strict=True)
        ):
            top = PAD + index * ROW + (ROW - BAR) / 2
            width = bar_length(value, largest=largest, room=plot_width)
            bars.append(
                Bar(
                    label=label,
                    shown_label=fit(label, label_width, theme.TEXT),
                    value_text=value_text,
                    y=r(top),
                    width=r(width),
                    text_y=r(top + BAR / 2 + theme.TEXT * 0.35),
                    value_x=r(plot_x + width + GAP / 2),
                )
            )
        height = 2 * PAD + len(bars) * ROW
        return Drawing(
            height=height,
            template="charts/svg/bar.svg",
            context={
                "bars": bars,
                "bar_height": BAR,
                "label_x": r(PAD + label_width),
                "plot_x": r(plot_x),
                "axis_top": PAD,
                "axis_bottom": height - PAD,
            },
        )


def bar_chart(
    *,
    title: Text,
    labels: Sequence[Text],
    values: Sequence[Number],
    unit: Text = "",
    description: Text = "",
    label_header: Text = LABEL_HEADER,
    value_header: Text = VALUE_HEADER,
    empty_text: Text = DEFAULT_EMPTY_TEXT,
) -> BarChart:
    """Horizontal bars, one per label, in the order given (sort them first for a ranking).

    `unit` is a short unit written after each number ("h", "%"); `label_header` and
    `value_header` head the table's columns. Values must be numbers, not negative.
    """
    values = check_numbers(values, what="values")
    labels = tuple(labels)
    if len(labels) != len(values):
        raise ValueError(f"{len(labels)} labels for {len(values)} values")
    return BarChart(
        title=title,
        description=description,
        empty_text=empty_text,
        labels=labels,
        values=values,
        unit=unit,
        label_header=label_header,
        value_header=value_header,
    )
