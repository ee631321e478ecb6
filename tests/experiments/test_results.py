"""The results of each variant and the verdict, from the counters."""

import pytest

from academy.experiments import selectors
from academy.experiments.models import VariantCount
from academy.experiments.selectors import Verdict

pytestmark = pytest.mark.django_db


def with_counts(experiment, a: tuple[int, int], b: tuple[int, int]) -> selectors.Results:
    for variant, (exposures, conversions) in (("A", a), ("B", b)):
        VariantCount.objects.filter(experiment=experiment, variant=variant).update(
            exposures=exposures, conversions=conversions
        )
    return selectors.results(experiment=experiment)


def test_rates_intervals_and_difference(running):
    results = with_counts(running, a=(100, 10), b=(100, 20))
    assert (results.a.rate, results.b.rate) == (0.1, 0.2)
    assert (round(results.a.interval.low, 6), round(results.a.interval.high, 6)) == (
        0.055229,
        0.174366,
    )
    assert results.difference == pytest.approx(0.1)
    interval = results.difference_interval
    assert (round(interval.low, 4), round(interval.high, 4)) == (0.0001, 0.1995)
    assert results.verdict is Verdict.B_BETTER
    assert results.verdict.label == "B converts better"


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ((100, 20), (100, 10), Verdict.A_BETTER),
        ((100, 10), (100, 15), Verdict.NO_CLEAR_DIFFERENCE),
        # 30 of 99 against 0 of 200 would be clear, but B has too few visitors yet.
        ((200, 0), (99, 30), Verdict.NOT_ENOUGH),
        ((0, 0), (0, 0), Verdict.NOT_ENOUGH),
    ],
)
def test_verdicts(running, a, b, verdict):
    assert with_counts(running, a=a, b=b).verdict is verdict


def test_the_stated_minimum_is_a_hundred_visitors_per_variant(running):
    assert selectors.MIN_EXPOSURES == 100
    assert with_counts(running, a=(100, 0), b=(100, 30)).verdict is Verdict.B_BETTER


def test_nothing_to_compute_before_any_visitor(draft):
    results = selectors.results(experiment=draft)
    assert results.a.rate is None and results.a.interval is None
    assert results.difference is None and results.difference_interval is None
    assert results.verdict is Verdict.NOT_ENOUGH


def test_more_members_enrolled_than_browsers_counts_at_most_every_browser(running):
    results = with_counts(running, a=(2, 3), b=(0, 0))
    assert results.a.conversions == 3
    assert results.a.rate == 1.0
    assert results.a.interval.high == 1.0
