"""A funnel: how many people reach each step, and what share of the step before and of the
first step that is."""

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import theme
from .base import DEFAULT_EMPTY_TEXT, WIDTH, Chart, Column, Drawing, Table, Text, bar_length, r
from .formatting import Number, check_numbers, fit, format_number, format_percent, share, text_width

BAR = 30
NECK = 20  # between two bars, where the funnel narrows
PAD = 8
GAP = 14
MAX_LABEL_SHARE = 0.26
MAX_FIGURES_SHARE = 0.34


@dataclass(frozen=True)
class Step:
    label: Text
    count: Number
    of_previous: float | None  # percent; None for the first step, or after a step of 0
    of_first: float | None  # percent; None when the first step is 0


@dataclass(frozen=True)
class FunnelBar:
    label: str
    shown_label: str
    count_text: str
    rates_text: str  # shortened if need be
    full_rates: str
    x: float
    y: float
    width: float
    # Drawn across the whole width, not to scale (see `funnel_chart`'s `scale_from`): the
    # points of the gap that marks the break.
    gap: str
    label_y: float
    count_y: float
    rates_y: float


@dataclass(frozen=True, kw_only=True)
class FunnelChart(Chart):
    """Steps as centred bars narrowing down; made by `funnel_chart`."""

    kind = "funnel"
    steps: tuple[Step, ...]
    scale_from: int = 0

    @property
    def is_empty(self) -> bool:
        return not self.steps

    def rates_text(self, step: Step, index: int) -> str:
        if index == 0:
            return ""
        return _("%(previous)s of previous · %(first)s of first") % {
            "previous": format_percent(step.of_previous),
            "first": format_percent(step.of_first),
        }

    def table(self) -> Table:
        return Table(
            columns=(
                Column(gettext_lazy("Step"), "text"),
                Column(gettext_lazy("Count")),
                Column(gettext_lazy("Of previous step"), "percent"),
                Column(gettext_lazy("Of first step"), "percent"),
            ),
            rows=tuple(
                (str(step.label), step.count, _rounded(step.of_previous), _rounded(step.of_first))
                for step in self.steps
            ),
        )

    def summary(self) -> str:
        first, last = self.steps[0], self.steps[-1]
        if len(self.steps) == 1:
            return _("One step: %(label)s, %(count)s.") % {
                "label": first.label,
                "count": format_number(first.count),
            }
        text = _(
            "%(count)s steps, from %(first)s (%(first_count)s) to %(last)s (%(last_count)s), "
            "%(rate)s of the first step."
        ) % {
            "count": format_number(len(self.steps)),
            "first": first.label,
            "first_count": format_number(first.count),
            "last": last.label,
            "last_count": format_number(last.count),
            "rate": format_percent(last.of_first),
        }
        if self._broken():
            text += " " + _("Bars before %(step)s are not drawn to scale.") % {
                "step": self.steps[self.scale_from].label
            }
        return text

    def _largest_scaled(self) -> float:
        scaled = self.steps[self.scale_from :] or self.steps
        return float(max(step.count for step in scaled)) or 1.0

    def _broken(self) -> list[int]:
        """The steps drawn across the whole width, larger than the scale allows."""
        largest = self._largest_scaled()
        return [
            index
            for index, step in enumerate(self.steps[: self.scale_from])
            if step.count > largest
        ]

    def drawing(self) -> Drawing:
        labels = [str(step.label) for step in self.steps]
        counts = [format_number(step.count) for step in self.steps]
        # The rates take at most a third of the width (a long translation is shortened; the
        # bar's tooltip and the table have it whole).
        full_rates = [self.rates_text(step, index) for index, step in enumerate(self.steps)]
        rates = [fit(text, WIDTH * MAX_FIGURES_SHARE, theme.SMALL) for text in full_rates]
        label_width = min(
            max(text_width(label, theme.TEXT) for label in labels), WIDTH * MAX_LABEL_SHARE
        )
        figures_width = max(
            *(text_width(count, theme.STRONG, bold=True) for count in counts),
            *(text_width(rate, theme.SMALL) for rate in rates),
        )
        plot_x = PAD + label_width + GAP
        plot_width = WIDTH - plot_x - GAP - figures_width - PAD
        figures_x = plot_x + plot_width + GAP
        centre = plot_x + plot_width / 2
        largest, broken_steps = self._largest_scaled(), self._broken()
        bars = []
        for index, (step, label) in enumerate(zip(self.steps, labels, strict=True)):
            top = PAD + index * (BAR + NECK)
            broken = index in broken_steps
            width = (
                plot_width if broken else bar_length(step.count, largest=largest, room=plot_width)
            )
            middle = top + BAR / 2
            two_lines = bool(rates[index])
            bars.append(
                FunnelBar(
                    label=label,
                    shown_label=fit(label, label_width, theme.TEXT),
                    count_text=counts[index],
                    rates_text=rates[index],
                    full_rates=full_rates[index],
                    x=r(centre - width / 2),
                    y=r(top),
                    width=r(width),
                    gap=_gap(centre, top) if broken else "",
                    label_y=r(middle + theme.TEXT * 0.35),
                    count_y=r(middle - 2 if two_lines else middle + theme.STRONG * 0.35),
                    rates_y=r(middle + theme.SMALL + 1),
                )
            )
        necks = [
            _neck(upper, lower)
            for upper, lower in itertools.pairwise(bars)
            if upper.width and lower.width
        ]
        return Drawing(
            height=2 * PAD + len(bars) * BAR + (len(bars) - 1) * NECK,
            template="charts/svg/funnel.svg",
            context={
                "bars": bars,
                "necks": necks,
                "bar_height": BAR,
                "label_x": r(PAD + label_width),
                "figures_x": r(figures_x),
            },
        )


def _neck(upper: FunnelBar, lower: FunnelBar) -> str:
    """The points of the shape joining one bar's bottom to the next one's top."""
    bottom = upper.y + BAR
    corners = (
        (upper.x, bottom),
        (upper.x + upper.width, bottom),
        (lower.x + lower.width, lower.y),
        (lower.x, lower.y),
    )
    return " ".join(f"{r(x)},{r(y)}" for x, y in corners)


def _gap(centre: float, top: float) -> str:
    """A slanted cut through the middle of a bar, the usual mark of a broken scale."""
    bottom = top + BAR + 1
    corners = (
        (centre - 7, bottom),
        (centre + 1, top - 1),
        (centre + 7, top - 1),
        (centre - 1, bottom),
    )
    return " ".join(f"{r(x)},{r(y)}" for x, y in corners)


def _rounded(rate: float | None) -> float | None:
    return None if rate is None else round(rate, 2)


def funnel_chart(
    *,
    title: Text,
    steps: Sequence[tuple[Text, Number]],
    description: Text = "",
    empty_text: Text = DEFAULT_EMPTY_TEXT,
    scale_from: int = 0,
) -> FunnelChart:
    """A funnel of `(label, count)` steps, widest first: bars narrow with the counts, and
    each step after the first shows its share of the step before and of the first step.

    `scale_from` draws the bars to the scale of that step on: a larger step before it is
    drawn across the whole width with a break, so that a few hundred visitors do not shrink
    a dozen members to slivers. Its count and rates are still written beside it."""
    steps = tuple(steps)
    counts = check_numbers((count for _label, count in steps), what="step counts")
    made = []
    for index, ((label, _count), count) in enumerate(zip(steps, counts, strict=True)):
        made.append(
            Step(
                label=label,
                count=count,
                of_previous=share(count, counts[index - 1]) if index else None,
                of_first=share(count, counts[0]),
            )
        )
    return FunnelChart(
        title=title,
        description=description,
        empty_text=empty_text,
        steps=tuple(made),
        scale_from=scale_from,
    )
