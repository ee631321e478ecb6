"""Axes a reader can take in at a glance: a rounded maximum with a few round ticks, and
date labels spaced so that they never overlap."""

import math
from dataclasses import dataclass

# Tick steps are one of these times a power of ten: 1, 2, 2.5 and 5 read as round numbers.
_STEPS = (1, 2, 2.5, 5, 10)
# A date label is shown every this many points, the smallest that leaves room: every day,
# every second or third day, then weekly and four-weekly (the same weekday each time).
_LABEL_EVERY = (1, 2, 3, 7, 14, 28)


@dataclass(frozen=True)
class Scale:
    maximum: float  # the top of the axis, the largest tick
    ticks: tuple[float, ...]  # from 0 up to `maximum`, evenly spaced

    def position(self, value: float) -> float:
        """Where `value` lies on the axis, from 0 (bottom) to 1 (top)."""
        return float(value) / self.maximum


def nice_scale(largest: float, *, whole: bool, ticks: int = 4) -> Scale:
    """An axis from zero that holds `largest` with about `ticks` round steps. With `whole`
    (the values are counts) a step is never a fraction."""
    largest = float(largest)
    if largest <= 0:
        largest = 1.0
    rough = largest / ticks
    magnitude = 10 ** math.floor(math.log10(rough))
    step = 1.0
    for multiple in _STEPS:
        step = multiple * magnitude
        if whole and (step < 1 or step != int(step)):
            continue
        if step >= rough:
            break
    count = math.ceil(largest / step - 1e-9)
    values = tuple(_clean(index * step) for index in range(count + 1))
    return Scale(maximum=values[-1], ticks=values)


def _clean(value: float) -> float:
    """0.30000000000000004 is 0.3, and 4.0 is 4."""
    value = round(value, 10)
    return int(value) if value == int(value) else value


def label_every(*, points: int, spacing: float, label_width: float, gap: float) -> int:
    """How many points apart date labels must be so that each, `label_width` wide, keeps `gap`
    from the next when neighbouring points are `spacing` apart."""
    if points <= 1 or spacing <= 0:
        return 1
    needed = (label_width + gap) / spacing
    for every in _LABEL_EVERY:
        if every >= needed:
            return every
    last = _LABEL_EVERY[-1]
    return last * math.ceil(needed / last)
