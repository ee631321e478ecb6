"""Funnels: how many reach each step, and the share of the step before and of the first."""

import pytest

from academy.charts import funnel_chart
from academy.charts.theme import BRAND, SURFACE

from .helpers import SVG_NS, find_all, svg_tree, texts, tooltips

STEPS = [("Visited", 1000), ("Signed up", 250), ("Enrolled", 100), ("Taught", 1)]


def test_each_step_shows_its_count_and_its_share_of_the_previous_and_the_first():
    root = svg_tree(funnel_chart(title="Activation", steps=STEPS).svg())
    assert texts(root) == [
        "Visited",
        "1,000",
        "Signed up",
        "250",
        "25\u00a0% of previous · 25\u00a0% of first",
        "Enrolled",
        "100",
        "40\u00a0% of previous · 10\u00a0% of first",
        "Taught",
        "1",
        "1\u00a0% of previous · 0.1\u00a0% of first",
    ]
    assert tooltips(root)[1] == "Signed up: 250 (25\u00a0% of previous · 25\u00a0% of first)"


def test_the_table_holds_the_exact_rates():
    chart = funnel_chart(title="Activation", steps=[("Visited", 3), ("Signed up", 1)])
    assert chart.rows() == [
        ["Step", "Count", "Of previous step", "Of first step"],
        ["Visited", 3, None, 100.0],
        ["Signed up", 1, 33.33, 33.33],
    ]
    assert chart.table().display_rows() == [
        ["Visited", "3", "\u2014", "100\u00a0%"],
        ["Signed up", "1", "33.3\u00a0%", "33.3\u00a0%"],
    ]


def test_bars_narrow_around_one_centre():
    root = svg_tree(funnel_chart(title="Activation", steps=STEPS).svg())
    rects = [rect for rect in find_all(root, "rect") if rect.get("fill") == BRAND]
    widths = [float(rect.get("width")) for rect in rects]
    centres = [float(rect.get("x")) + float(rect.get("width")) / 2 for rect in rects]
    assert widths[1] / widths[0] == pytest.approx(0.25, abs=0.001)
    assert widths[2] / widths[0] == pytest.approx(0.10, abs=0.001)
    assert widths == sorted(widths, reverse=True)
    assert max(centres) - min(centres) < 0.02


def test_a_step_after_nobody_has_no_rate_rather_than_a_division_by_zero():
    chart = funnel_chart(title="Activation", steps=[("Visited", 0), ("Signed up", 0)])
    assert chart.rows()[2] == ["Signed up", 0, None, None]
    assert "\u2014 of previous · \u2014 of first" in texts(svg_tree(chart.svg()))


def test_a_scale_from_a_later_step_breaks_the_larger_bars_before_it():
    steps = [("Visitors", 4000), ("Signed up", 40), ("Enrolled", 10), ("Taught", 1)]
    chart = funnel_chart(title="Activation", steps=steps, scale_from=1)
    root = svg_tree(chart.svg())

    rects = [rect for rect in find_all(root, "rect") if rect.get("fill") == BRAND]
    widths = [float(rect.get("width")) for rect in rects]
    # Signed up fills the width like the visitors; the later steps keep their proportions.
    assert widths[1] == widths[0]
    assert widths[2] / widths[1] == pytest.approx(0.25, abs=0.001)
    gaps = [p for p in find_all(root, "polygon") if p.get("fill") == SURFACE]
    assert len(gaps) == 1
    assert texts(root)[:2] == ["Visitors", "4,000"]
    description = root.find(f"{{{SVG_NS}}}desc").text
    assert description.endswith("Bars before Signed up are not drawn to scale.")


def test_a_step_before_the_scale_that_fits_it_is_drawn_to_scale():
    chart = funnel_chart(
        title="Activation", steps=[("Visitors", 5), ("Signed up", 8)], scale_from=1
    )
    root = svg_tree(chart.svg())

    assert not [p for p in find_all(root, "polygon") if p.get("fill") == SURFACE]
    assert "not drawn to scale" not in chart.summary()
