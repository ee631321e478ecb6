"""`{% load charts %}{% chart some_chart %}`: a chart as a figure, with its data as a table."""

from django import template
from django.utils.safestring import SafeString

from ..base import Chart

register = template.Library()


@register.simple_tag
def chart(chart: Chart) -> SafeString:
    """The chart's caption, its SVG and its table behind "Show as table"; with no data, the
    chart's empty text instead. Include charts/charts.css on the page for the figure's
    spacing and the table's look; the SVG needs no stylesheet."""
    return chart.html()
