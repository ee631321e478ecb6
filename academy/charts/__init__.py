"""Charts drawn on the server as accessible SVG, each with its data as a table.

    from academy.charts import bar_chart
    chart = bar_chart(title=_("Enrolments by topic"), labels=names, values=counts)
    chart.html()            # figure: caption, inline SVG, "Show as table"
    chart.standalone_svg()  # an SVG document for a file of its own
    chart.rows()            # header and rows, for CSV

In a template: `{% load charts %}{% chart chart %}`. docs/charts.md says which chart
fits which figure.
"""

from .bar import BarChart, bar_chart
from .base import Chart, Table
from .funnel import FunnelChart, funnel_chart
from .line import LineChart, line_chart
from .sparkline import Sparkline, sparkline

__all__ = [
    "BarChart",
    "Chart",
    "FunnelChart",
    "LineChart",
    "Sparkline",
    "Table",
    "bar_chart",
    "funnel_chart",
    "line_chart",
    "sparkline",
]
