"""Conversion rates with 95% intervals, and the difference between two of them.

Wilson's score interval for one rate (Wilson 1927) stays inside 0..1 and behaves at small
counts and at zero conversions, where the textbook `p ± 1.96·√(p(1-p)/n)` does not. The
difference B - A takes Newcombe's hybrid score interval (Newcombe 1998, method 10), built
from the two Wilson intervals. Both are what Newcombe recommends for exactly this use.
"""

import math
from dataclasses import dataclass
from statistics import NormalDist

# The two-sided 95% quantile of the normal distribution: 1.959963984540054.
Z95 = NormalDist().inv_cdf(0.975)


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def __contains__(self, value: float) -> bool:
        return self.low <= value <= self.high


def rate(successes: int, trials: int) -> float | None:
    return successes / trials if trials else None


def wilson(successes: int, trials: int, *, z: float = Z95) -> Interval | None:
    """The score interval of `successes / trials`; none without trials."""
    if trials <= 0:
        return None
    if not 0 <= successes <= trials:
        raise ValueError("successes must be between 0 and trials")
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials))
    # At 0 or all successes the bound is exactly 0 or 1; rounding must not leave 1e-17.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return Interval(low, high)


def newcombe(
    successes_a: int, trials_a: int, successes_b: int, trials_b: int, *, z: float = Z95
) -> Interval | None:
    """The interval of the difference of rates B - A; none unless both had trials."""
    a, b = wilson(successes_a, trials_a, z=z), wilson(successes_b, trials_b, z=z)
    if a is None or b is None:
        return None
    p_a, p_b = successes_a / trials_a, successes_b / trials_b
    difference = p_b - p_a
    low = difference - math.sqrt((p_b - b.low) ** 2 + (a.high - p_a) ** 2)
    high = difference + math.sqrt((b.high - p_b) ** 2 + (p_a - a.low) ** 2)
    return Interval(max(-1.0, low), min(1.0, high))
