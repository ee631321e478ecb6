"""The arithmetic of the results page, against values worked out by hand and against the
published tables of Newcombe (1998), "Two-sided confidence intervals for the single
proportion" (Statistics in Medicine 17: 857-872) and "Interval estimation for the difference
between independent proportions" (ibid. 873-890)."""

import math

import pytest

from academy.experiments import stats


def test_the_quantile_is_the_two_sided_95_percent_one():
    assert abs(stats.Z95 - 1.959964) < 1e-6


def test_wilson_with_no_conversion_by_hand():
    """With x = 0 the interval is [0, z²/(n + z²)]: for n = 10, 3.841459/13.841459."""
    z2 = stats.Z95**2
    interval = stats.wilson(0, 10)
    assert interval.low == 0
    assert interval.high == pytest.approx(z2 / (10 + z2), abs=1e-12)
    assert interval.high == pytest.approx(0.277533, abs=1e-6)


def test_wilson_with_half_converted_by_hand():
    """With p = 1/2 the centre is 1/2 and the half-width z / (2·√(n + z²)): for 50 of 100,
    1.959964 / (2·√103.841459) = 0.096168."""
    interval = stats.wilson(50, 100)
    half = stats.Z95 / (2 * math.sqrt(100 + stats.Z95**2))
    assert half == pytest.approx(0.096168, abs=1e-6)
    assert interval.low == pytest.approx(0.5 - half, abs=1e-12)
    assert interval.high == pytest.approx(0.5 + half, abs=1e-12)


def test_wilson_with_everyone_converted_ends_at_one():
    interval = stats.wilson(20, 20)
    assert interval.high == 1
    assert interval.low == pytest.approx(1 - 0.161125, abs=1e-6)


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_matches_newcombes_table(successes, trials, low, high):
    interval = stats.wilson(successes, trials)
    assert (round(interval.low, 4), round(interval.high, 4)) == (low, high)


def test_difference_by_hand():
    """A: 10 of 100, B: 20 of 100. Each Wilson interval by the formula, then
    low  = d - √((p_B - l_B)² + (u_A - p_A)²),
    high = d + √((u_B - p_B)² + (p_A - l_A)²), with d = 0.20 - 0.10."""
    z = stats.Z95
    z2 = z * z

    def wilson(p, n):
        centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        half = z / (1 + z2 / n) * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
        return centre - half, centre + half

    # For A: centre 0.119207/1.038415 = 0.114797, half-width 1.887458 · 0.031560 = 0.059568.
    l_a, u_a = wilson(0.1, 100)
    l_b, u_b = wilson(0.2, 100)
    assert (round(l_a, 6), round(u_a, 6)) == (0.055229, 0.174366)
    assert (round(l_b, 6), round(u_b, 6)) == (0.133367, 0.288829)
    low = 0.1 - math.sqrt((0.2 - l_b) ** 2 + (u_a - 0.1) ** 2)  # 0.1 - 0.099851
    high = 0.1 + math.sqrt((u_b - 0.2) ** 2 + (0.1 - l_a) ** 2)  # 0.1 + 0.099474
    interval = stats.newcombe(10, 100, 20, 100)
    assert interval.low == pytest.approx(low, abs=1e-12)
    assert interval.high == pytest.approx(high, abs=1e-12)
    assert (round(interval.low, 4), round(interval.high, 4)) == (0.0001, 0.1995)


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        # Newcombe's examples, written there as B - A with B first.
        ((48, 80), (56, 70), 0.0524, 0.3339),
        ((3, 10), (9, 10), 0.1705, 0.8090),
        ((0, 29), (5, 56), -0.0381, 0.1926),
        ((0, 20), (0, 10), -0.1611, 0.2775),
        ((0, 10), (0, 10), -0.2775, 0.2775),
        ((0, 20), (10, 10), 0.6791, 1.0),
        ((0, 10), (10, 10), 0.6075, 1.0),
    ],
)
def test_difference_matches_newcombes_table(a, b, low, high):
    interval = stats.newcombe(*a, *b)
    assert (round(interval.low, 4), round(interval.high, 4)) == (low, high)


def test_no_interval_without_visitors():
    assert stats.wilson(0, 0) is None
    assert stats.newcombe(0, 0, 3, 10) is None
    assert stats.rate(0, 0) is None


def test_more_conversions_than_trials_is_an_error():
    with pytest.raises(ValueError, match="between 0 and trials"):
        stats.wilson(11, 10)
