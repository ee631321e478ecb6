"""What every chart does, whatever its kind: standalone files, safe labels, accessible
markup, a table beside it and an empty state."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template

from academy.charts import bar_chart

from .charts import empty_of_each, one_of_each
from .helpers import SVG_NS, extents, find_all, svg_tree

KINDS = ["bar", "funnel", "line", "sparkline"]
PAYLOAD = "<script>alert(1)</script>"


def render(template: str, **context) -> str:
    return Template("{% load charts %}" + template).render(Context(context))


@pytest.mark.parametrize("kind", KINDS)
def test_a_standalone_chart_is_an_svg_document_that_needs_no_stylesheet(kind):
    document = one_of_each()[kind].standalone_svg()
    assert document.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')
    root = svg_tree(document)
    assert root.tag == f"{{{SVG_NS}}}svg"
    assert float(root.get("width")) > 0
    assert float(root.get("height")) > 0
    assert "class=" not in document
    assert "style" not in document
    assert "<link" not in document
    assert "Enrolments" in [element.text for element in find_all(root, "text")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("standalone", [False, True])
def test_everything_drawn_stays_on_the_canvas(kind, standalone):
    long_name = "Community building and moderation in large distributed organisations"
    chart = one_of_each(label=long_name)[kind]
    root = svg_tree(chart.standalone_svg() if standalone else chart.svg())
    width = float(root.get("width"))
    assert width == float(root.get("viewBox").split()[2])
    outside = [(what, start, end) for what, start, end in extents(root) if start < 0 or end > width]
    assert not outside


@pytest.mark.parametrize("kind", KINDS)
def test_a_standalone_chart_is_the_same_every_time(kind):
    assert one_of_each()[kind].standalone_svg() == one_of_each()[kind].standalone_svg()


@pytest.mark.parametrize("kind", KINDS)
def test_a_label_that_looks_like_markup_stays_text(kind):
    chart = one_of_each(label=PAYLOAD, title=PAYLOAD, description=PAYLOAD)[kind]
    page = render("<main>{% chart c %}</main>", c=chart)
    inline = BeautifulSoup(page, "html.parser")
    assert inline.find("script") is None
    assert PAYLOAD in inline.figcaption.get_text()
    assert PAYLOAD in inline.svg.title.get_text()
    assert PAYLOAD in inline.table.get_text()

    document = chart.standalone_svg()
    assert not [element for element in svg_tree(document).iter() if "script" in element.tag]
    assert PAYLOAD in [element.text for element in find_all(svg_tree(document), "title")]
    for markup in (page, document):
        assert PAYLOAD not in markup
        assert "&lt;script&gt;" in markup


@pytest.mark.parametrize("kind", KINDS)
def test_the_svg_is_one_image_named_by_its_title_and_description(kind):
    chart = one_of_each(description="Counted at enrolment.")[kind]
    root = svg_tree(chart.svg())
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    title, desc = root.find(f"{{{SVG_NS}}}title"), root.find(f"{{{SVG_NS}}}desc")
    assert (title.get("id"), title.text) == (title_id, "Enrolments")
    assert desc.get("id") == desc_id
    assert desc.text.startswith("Counted at enrolment. ")


def test_the_description_sums_up_each_kind():
    charts = one_of_each()
    summaries = {
        kind: svg_tree(chart.svg()).find(f"{{{SVG_NS}}}desc").text for kind, chart in charts.items()
    }
    assert summaries == {
        "bar": "2 bars. Highest: Python, 1,234. Lowest: Go, 56.",
        "funnel": "2 steps, from Python (1,000) to Signed up (250), 25\u00a0% of the first step.",
        "line": "5 days, from March 1, 2025 to March 5, 2025. Python: latest 5, highest 5.",
        "sparkline": "3 values, from 3 to 4; highest 4.",
    }


def test_two_charts_on_one_page_never_share_an_id():
    charts = one_of_each()
    page = render(
        "{% chart a %}{% chart b %}{% chart a %}{% chart c %}",
        a=charts["bar"],
        b=charts["line"],
        c=one_of_each()["bar"],
    )
    soup = BeautifulSoup(page, "html.parser")
    ids = [element["id"] for element in soup.find_all(id=True)]
    assert len(ids) == 4 * 3  # each figure: its caption, the SVG's title and its description
    assert len(set(ids)) == len(ids)
    for element in soup.find_all(attrs={"aria-labelledby": True}):
        assert all(soup.find(id=ref) for ref in element["aria-labelledby"].split())
    for element in soup.find_all(attrs={"aria-describedby": True}):
        assert soup.find(id=element["aria-describedby"]).name == "figcaption"


@pytest.mark.parametrize("kind", KINDS)
def test_the_chart_tag_draws_a_figure_with_its_data_behind_show_as_table(kind):
    chart = one_of_each()[kind]
    figure = BeautifulSoup(render("{% chart c %}", c=chart), "html.parser").figure
    assert figure["class"] == ["chart", f"chart--{kind}"]
    assert figure.figcaption.get_text() == "Enrolments"
    assert figure.svg is not None
    assert figure.details.summary.get_text() == "Show as table"
    table = figure.details.table
    assert [th.get_text() for th in table.thead.find_all("th")] == chart.table().header
    shown = [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in table.tbody("tr")]
    assert shown == chart.table().display_rows()


def test_table_rows_hold_the_chart_data():
    charts = one_of_each()
    assert charts["bar"].rows() == [["Name", "Value"], ["Python", 1234], ["Go", 56]]
    assert charts["funnel"].rows() == [
        ["Step", "Count", "Of previous step", "Of first step"],
        ["Python", 1000, None, 100.0],
        ["Signed up", 250, 25.0, 25.0],
    ]
    line = charts["line"].rows()
    assert line[0] == ["Date", "Python"]
    assert line[1:] == [
        [day, value] for day, value in zip(charts["line"].days, [1, 2, 3, 4, 5], strict=True)
    ]
    assert charts["sparkline"].rows() == [["Point", "Value"], ["Python", 3], ["b", 1], ["c", 4]]


def test_rows_are_ready_for_a_csv_file():
    out = io.StringIO()
    csv.writer(out).writerows(one_of_each()["funnel"].rows())
    assert out.getvalue().splitlines() == [
        "Step,Count,Of previous step,Of first step",
        "Python,1000,,100.0",
        "Signed up,250,25.0,25.0",
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_no_data_shows_the_empty_text_instead_of_a_chart(kind):
    chart = empty_of_each()[kind]
    figure = BeautifulSoup(render("{% chart c %}", c=chart), "html.parser").figure
    assert figure.figcaption.get_text() == "Enrolments"
    assert figure.find("p", class_="chart__empty").get_text() == "No data to show yet."
    assert figure.svg is None
    assert figure.details is None
    document = svg_tree(chart.standalone_svg())
    assert "No data to show yet." in [element.text for element in find_all(document, "text")]
    assert chart.rows()[1:] == []


def test_the_empty_text_can_say_why():
    chart = bar_chart(title="Sessions", labels=[], values=[], empty_text="No sessions this week.")
    assert "No sessions this week." in chart.html()
