"""Bar charts: per-topic figures, read at a glance."""

import pytest

from academy.charts import bar_chart
from academy.charts.formatting import text_width
from academy.charts.theme import BRAND

from .helpers import find_all, svg_tree, texts, tooltips


def bars(chart):
    root = svg_tree(chart.svg())
    return [rect for rect in find_all(root, "rect") if rect.get("fill") == BRAND]


def test_bar_lengths_are_proportional_to_the_values():
    chart = bar_chart(title="Enrolments", labels=["A", "B", "C", "D"], values=[400, 200, 100, 0])
    widths = [float(rect.get("width")) for rect in bars(chart)]
    assert widths[0] > 300
    assert [width / widths[0] for width in widths] == pytest.approx([1, 0.5, 0.25, 0], abs=0.001)
    # All bars start at the same line.
    assert len({rect.get("x") for rect in bars(chart)}) == 1


def test_each_bar_is_named_and_shows_its_value():
    chart = bar_chart(title="Hours", labels=["Python", "Facilitation"], values=[12, 3.5], unit="h")
    root = svg_tree(chart.svg())
    assert texts(root) == ["Python", "12\u00a0h", "Facilitation", "3.5\u00a0h"]
    assert tooltips(root) == ["Python: 12\u00a0h", "Facilitation: 3.5\u00a0h"]


def test_a_long_name_is_shortened_on_the_chart_but_whole_in_its_tooltip_and_the_table():
    long_name = "Community building and moderation in large distributed organisations"
    chart = bar_chart(title="Enrolments", labels=[long_name, "Python"], values=[5, 3])
    root = svg_tree(chart.svg())
    shown = texts(root)[0]
    assert shown.endswith("\u2026")
    assert long_name.startswith(shown[:-1])
    assert len(shown) < len(long_name)
    assert tooltips(root)[0] == f"{long_name}: 5"
    assert chart.rows()[1] == [long_name, 5]


def test_large_numbers_are_grouped_and_stay_inside_the_chart():
    chart = bar_chart(title="Views", labels=["A", "B"], values=[12_345_678, 9_876])
    root = svg_tree(chart.svg())
    value = next(text for text in find_all(root, "text") if text.text == "12,345,678")
    assert float(value.get("x")) + text_width("12,345,678", 13) <= float(root.get("width"))


def test_all_zeros_draw_empty_bars_that_say_zero():
    chart = bar_chart(title="Hours", labels=["A", "B"], values=[0, 0])
    assert [rect.get("width") for rect in bars(chart)] == ["0", "0"]
    assert texts(svg_tree(chart.svg())) == ["A", "0", "B", "0"]


def test_a_small_value_next_to_a_large_one_is_still_visible():
    chart = bar_chart(title="Views", labels=["Big", "Small"], values=[1_000_000, 1])
    assert float(bars(chart)[1].get("width")) >= 1.5


def test_each_label_needs_a_value():
    with pytest.raises(ValueError, match="2 labels for 1 values"):
        bar_chart(title="Views", labels=["A", "B"], values=[1])


@pytest.mark.parametrize(
    ("value", "message"), [(-1, "negative"), (float("nan"), "finite"), ("3", "numbers")]
)
def test_values_must_be_counts(value, message):
    with pytest.raises((ValueError, TypeError), match=message):
        bar_chart(title="Views", labels=["A"], values=[value])
