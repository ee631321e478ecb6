"""Line charts: trends over days, on axes that read at a glance."""

import datetime
import itertools

import pytest

from academy.charts import line_chart
from academy.charts.formatting import text_width
from academy.charts.scales import nice_scale
from academy.charts.theme import INK_MUTED

from .helpers import SVG_NS, find_all, points, svg_tree, texts

START = datetime.date(2025, 3, 1)


def days(count, start=START):
    return [start + datetime.timedelta(days=offset) for offset in range(count)]


def axis(root):
    """The y-axis: each tick label with the height of its gridline."""
    lines = [line for line in find_all(root, "line") if line.get("x1") != line.get("x2")]
    labels = [text for text in find_all(root, "text") if text.get("text-anchor") == "end"]
    return {label.text: float(line.get("y1")) for line, label in zip(lines, labels, strict=False)}


def day_labels(root):
    return [text for text in find_all(root, "text") if text.get("text-anchor") == "middle"]


def test_points_follow_the_days_in_date_order_even_when_given_shuffled():
    values = {day: index * 3 for index, day in enumerate(days(10))}
    shuffled = [list(values)[index] for index in (3, 9, 0, 5, 1, 8, 2, 7, 4, 6)]
    chart = line_chart(
        title="Enrolments", days=shuffled, series={"Enrolments": [values[d] for d in shuffled]}
    )
    assert list(chart.days) == sorted(values)
    root = svg_tree(chart.svg())
    (line,) = find_all(root, "polyline")
    xs = [x for x, _y in points(line)]
    assert xs == sorted(xs)
    assert len(set(xs)) == 10


def test_points_are_scaled_to_the_round_axis_maximum():
    counts = [0, 10, 57, 30]
    root = svg_tree(line_chart(title="Posts", days=days(4), series={"Posts": counts}).svg())
    ticks = axis(root)
    assert list(ticks) == ["0", "20", "40", "60"]
    zero, top = ticks["0"], ticks["60"]
    (line,) = find_all(root, "polyline")
    assert [y for _x, y in points(line)] == pytest.approx(
        [zero - count / 60 * (zero - top) for count in counts], abs=0.01
    )


def test_gridlines_are_evenly_spaced_with_the_zero_line_darker():
    root = svg_tree(line_chart(title="Posts", days=days(3), series={"Posts": [3, 800, 2]}).svg())
    heights = list(axis(root).values())
    gaps = {round(a - b, 1) for a, b in itertools.pairwise(heights)}
    assert len(gaps) == 1
    assert find_all(root, "line")[0].get("stroke") == INK_MUTED


@pytest.mark.parametrize(
    ("largest", "whole", "ticks"),
    [
        (57, True, (0, 20, 40, 60)),
        (1000, True, (0, 250, 500, 750, 1000)),
        (1001, True, (0, 500, 1000, 1500)),
        (3, True, (0, 1, 2, 3)),
        (0, True, (0, 1)),
        (0.37, False, (0, 0.1, 0.2, 0.3, 0.4)),
        (9.5, False, (0, 2.5, 5, 7.5, 10)),
        (1_234_567, True, (0, 500_000, 1_000_000, 1_500_000)),
    ],
)
def test_ticks_are_round_numbers_from_zero(largest, whole, ticks):
    scale = nice_scale(largest, whole=whole)
    assert scale.ticks == ticks
    assert scale.maximum >= largest


def label_boxes(root):
    """Where each date label starts and ends."""
    boxes = []
    for label in day_labels(root):
        x, half = float(label.get("x")), text_width(label.text, 12) / 2
        boxes.append((x - half, x + half))
    return boxes


@pytest.mark.parametrize("count", [2, 7, 14, 30, 60, 90])
def test_date_labels_never_overlap_and_the_last_day_is_always_labelled(count):
    chart = line_chart(title="Visits", days=days(count), series={"Visits": [5] * count})
    root = svg_tree(chart.svg())
    boxes = label_boxes(root)
    assert all(left >= 0 and right <= 720 for left, right in boxes)
    assert all(a[1] + 8 <= b[0] for a, b in itertools.pairwise(boxes))
    assert day_labels(root)[-1].text == chart.days[-1].strftime("%b %-d")
    assert 2 <= len(boxes) <= 12


def test_a_year_is_labelled_by_months_on_the_same_months_each_year():
    chart = line_chart(title="Visits", days=days(365), series={"Visits": [5] * 365})
    root = svg_tree(chart.svg())
    boxes = label_boxes(root)
    assert all(a[1] + 8 <= b[0] for a, b in itertools.pairwise(boxes))
    assert [label.text for label in day_labels(root)] == [
        "Mar 2025",
        "May 2025",
        "Jul 2025",
        "Sep 2025",
        "Nov 2025",
        "Jan 2026",
    ]


def test_a_chart_across_new_year_writes_the_years():
    chart = line_chart(
        title="Visits", days=days(5, datetime.date(2024, 12, 30)), series={"Visits": [1] * 5}
    )
    assert "01/03/2025" in texts(svg_tree(chart.svg()))


def test_one_day_is_one_marker_in_the_middle():
    chart = line_chart(title="Visits", days=[START], series={"Visits": [1_234_567]})
    root = svg_tree(chart.svg())
    # The point's marker, then the legend's.
    point, _legend = (g for g in find_all(root, "g") if g.find(f"{{{SVG_NS}}}circle") is not None)
    x = float(point.get("transform").removeprefix("translate(").split()[0])
    plot = next(line for line in find_all(root, "line") if line.get("x1") != line.get("x2"))
    assert x == pytest.approx((float(plot.get("x1")) + float(plot.get("x2"))) / 2, abs=0.01)
    assert "1,500,000" in texts(root)
    assert [label.text for label in day_labels(root)] == ["Mar 1"]


def test_each_series_has_its_own_colour_dash_and_legend_entry():
    chart = line_chart(
        title="Activity",
        days=days(50),
        series={"Enrolments": [5] * 50, "Completions": [3] * 50, "Posts": [1] * 50},
    )
    root = svg_tree(chart.svg())
    lines = find_all(root, "polyline")
    assert len({line.get("stroke") for line in lines}) == 3
    assert [line.get("stroke-dasharray") for line in lines] == [None, "7 4", "2 3"]
    assert [t for t in texts(root) if t in {"Enrolments", "Completions", "Posts"}] == [
        "Enrolments",
        "Completions",
        "Posts",
    ]


def test_a_line_chart_holds_one_to_three_series_each_with_a_value_per_day():
    with pytest.raises(ValueError, match="1 to 3 series"):
        line_chart(title="Activity", days=days(2), series={str(n): [1, 2] for n in range(4)})
    with pytest.raises(ValueError, match="1 values for 2 days"):
        line_chart(title="Activity", days=days(2), series={"Posts": [1]})
    with pytest.raises(ValueError, match="only once"):
        line_chart(title="Activity", days=[START, START], series={"Posts": [1, 2]})


def test_long_series_names_are_shortened_so_the_legend_stays_on_the_chart():
    names = [f"{word} per day among members who joined in the spring" for word in "ABC"]
    chart = line_chart(title="Activity", days=days(3), series={name: [1, 2, 3] for name in names})
    root = svg_tree(chart.svg())
    legend = [text for text in find_all(root, "text") if text.text.endswith("\u2026")]
    assert [text.text[0] for text in legend] == ["A", "B", "C"]
    last = legend[-1]
    assert float(last.get("x")) + text_width(last.text, 12) <= 720
