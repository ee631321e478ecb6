"""Numbers and dates as the reader's language writes them."""

import datetime
import re

from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from academy.charts import bar_chart, funnel_chart, line_chart

from .helpers import find_all, svg_tree, texts


def test_german_groups_thousands_with_a_dot_and_writes_decimals_with_a_comma():
    with translation.override("de"):
        bar = bar_chart(title="Aufrufe", labels=["Python", "Go"], values=[1234, 2.5])
        funnel = funnel_chart(title="Aktivierung", steps=[("Besucht", 3000), ("Angemeldet", 1000)])
        assert texts(svg_tree(bar.svg())) == ["Python", "1.234", "Go", "2,5"]
        assert "33,3\u00a0%" in " ".join(texts(svg_tree(funnel.svg())))
        assert bar.table().display_rows() == [["Python", "1.234"], ["Go", "2,5"]]
        page = Template("{% load charts %}{% chart c %}").render(Context({"c": funnel}))
        cells = [td.get_text() for td in BeautifulSoup(page, "html.parser").find_all("td")]
        assert cells[:2] == ["3.000", "\u2014"]
        assert "33,3\u00a0%" in cells


def test_german_dates_on_the_axis_and_in_the_table():
    days = [datetime.date(2025, 3, 5), datetime.date(2025, 3, 6)]
    with translation.override("de"):
        chart = line_chart(title="Besuche", days=days, series={"Besuche": [1200, 3400]})
        shown = texts(svg_tree(chart.svg()))
        assert "6. Mär" in shown
        assert "4.000" in shown  # the axis maximum
        assert chart.table().display_rows()[0] == ["5. März 2025", "1.200"]


def test_coordinates_are_not_localised():
    """A German 12,5 in an attribute would break the drawing."""
    days = [datetime.date(2025, 3, day) for day in range(1, 8)]
    with translation.override("de"):
        charts = [
            bar_chart(title="A", labels=["x", "y", "z"], values=[1234.5, 3, 1001]),
            funnel_chart(title="B", steps=[("x", 3000), ("y", 1234)]),
            line_chart(title="C", days=days, series={"x": [1001, 3, 5, 7, 1, 2, 3.3]}),
        ]
        for chart in charts:
            root = svg_tree(chart.standalone_svg())
            for element in root.iter():
                for name in ("x", "y", "width", "height", "x1", "y1", "cx", "cy"):
                    if element.get(name) is not None:
                        float(element.get(name))
                for name in ("points", "viewBox", "transform"):
                    if element.get(name) is not None:
                        assert not re.search(r"\d,\d+,\d", element.get(name))
            assert find_all(root, "rect")
