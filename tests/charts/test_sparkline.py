"""Sparklines: the shape of a trend beside a key number."""

import pytest

from academy.charts import sparkline

from .helpers import find_all, points, svg_tree


def drawn(values):
    root = svg_tree(sparkline(title="Sign-ups", values=values).svg())
    return root, find_all(root, "polyline"), find_all(root, "circle")


def test_the_line_runs_from_the_lowest_value_to_the_highest_and_ends_in_a_dot():
    root, (line,), (dot,) = drawn([10, 30, 20, 40])
    xs, ys = zip(*points(line), strict=True)
    assert xs == tuple(sorted(xs))
    assert float(root.get("width")) == 160
    # Lower on the screen is a smaller value: the lowest touches the bottom, the highest the top.
    assert ys[0] == max(ys)
    assert ys[3] == min(ys)
    assert (ys[0] - ys[1]) / (ys[0] - ys[3]) == pytest.approx(20 / 30, abs=0.001)
    assert (float(dot.get("cx")), float(dot.get("cy"))) == points(line)[-1]
    assert not find_all(root, "text")  # no axes, no labels


def test_the_same_value_throughout_is_a_flat_line_through_the_middle():
    _root, (line,), _dot = drawn([5, 5, 5])
    assert {y for _x, y in points(line)} == {20}


def test_one_value_is_a_dot():
    _root, lines, dots = drawn([7])
    assert lines == []
    assert len(dots) == 1
