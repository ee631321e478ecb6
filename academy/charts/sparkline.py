"""A sparkline: a small line with no axes, beside a key number on the admin home."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .base import DEFAULT_EMPTY_TEXT, Chart, Column, Drawing, Table, Text, r
from .formatting import Number, check_numbers, format_number

WIDTH = 160
HEIGHT = 40
PAD = 4  # room for the stroke and the dot on the last value
LABEL_HEADER = gettext_lazy("Point")
VALUE_HEADER = gettext_lazy("Value")


@dataclass(frozen=True, kw_only=True)
class Sparkline(Chart):
    """A small line with no axes; made by `sparkline`."""

    kind = "sparkline"
    canvas_width = WIDTH
    values: tuple[Number, ...]
    labels: tuple[Text, ...] = ()
    label_header: Text = LABEL_HEADER
    value_header: Text = VALUE_HEADER

    @property
    def is_empty(self) -> bool:
        return not self.values

    def table(self) -> Table:
        labels = self.labels or [format_number(index) for index in range(1, len(self.values) + 1)]
        return Table(
            columns=(Column(self.label_header, "text"), Column(self.value_header)),
            rows=tuple(
                (str(label), value) for label, value in zip(labels, self.values, strict=True)
            ),
        )

    def summary(self) -> str:
        if len(self.values) == 1:
            return _("One value: %(value)s.") % {"value": format_number(self.values[0])}
        return ngettext(
            "%(count)s value, from %(first)s to %(last)s; highest %(highest)s.",
            "%(count)s values, from %(first)s to %(last)s; highest %(highest)s.",
            len(self.values),
        ) % {
            "count": format_number(len(self.values)),
            "first": format_number(self.values[0]),
            "last": format_number(self.values[-1]),
            "highest": format_number(max(self.values)),
        }

    def drawing(self) -> Drawing:
        # A sparkline shows the shape of a trend, beside the number itself: its scale runs
        # from the lowest value to the highest (the other charts start at zero).
        low, high = float(min(self.values)), float(max(self.values))
        count = len(self.values)
        plot_width, plot_height = WIDTH - 2 * PAD, HEIGHT - 2 * PAD

        def x_of(index: int) -> float:
            return PAD + (index / (count - 1) * plot_width if count > 1 else plot_width)

        def y_of(value: Number) -> float:
            if high == low:
                return HEIGHT / 2
            return HEIGHT - PAD - (float(value) - low) / (high - low) * plot_height

        points = [(r(x_of(index)), r(y_of(value))) for index, value in enumerate(self.values)]
        path = " ".join(f"{x},{y}" for x, y in points)
        bottom = HEIGHT - PAD
        return Drawing(
            width=WIDTH,
            height=HEIGHT,
            template="charts/svg/sparkline.svg",
            context={
                "path": path if count > 1 else "",
                "area": f"{points[0][0]},{bottom} {path} {points[-1][0]},{bottom}",
                "last_x": points[-1][0],
                "last_y": points[-1][1],
                "last_text": format_number(self.values[-1]),
            },
        )


def sparkline(
    *,
    title: Text,
    values: Sequence[Number],
    labels: Sequence[Text] = (),
    description: Text = "",
    empty_text: Text = DEFAULT_EMPTY_TEXT,
) -> Sparkline:
    """A small line of `values` in order, with a dot on the last one. `labels` (one per value,
    such as dates) name the rows of its table; without them the rows are numbered."""
    values = check_numbers(values, what="values")
    labels = tuple(labels)
    if labels and len(labels) != len(values):
        raise ValueError(f"{len(labels)} labels for {len(values)} values")
    return Sparkline(
        title=title, description=description, empty_text=empty_text, values=values, labels=labels
    )
