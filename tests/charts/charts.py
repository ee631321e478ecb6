"""One chart of each kind, for tests that hold for all of them."""

import datetime

from academy.charts import bar_chart, funnel_chart, line_chart, sparkline

DAYS = [datetime.date(2025, 3, 1) + datetime.timedelta(days=offset) for offset in range(5)]


def one_of_each(label="Python", title="Enrolments", description=""):
    """A bar chart, a funnel, a line chart and a sparkline, with `label` as a name in each."""
    return {
        "bar": bar_chart(
            title=title, labels=[label, "Go"], values=[1234, 56], description=description
        ),
        "funnel": funnel_chart(
            title=title, steps=[(label, 1000), ("Signed up", 250)], description=description
        ),
        "line": line_chart(
            title=title, days=DAYS, series={label: [1, 2, 3, 4, 5]}, description=description
        ),
        "sparkline": sparkline(
            title=title, values=[3, 1, 4], labels=[label, "b", "c"], description=description
        ),
    }


def empty_of_each(title="Enrolments"):
    return {
        "bar": bar_chart(title=title, labels=[], values=[]),
        "funnel": funnel_chart(title=title, steps=[]),
        "line": line_chart(title=title, days=[], series={}),
        "sparkline": sparkline(title=title, values=[]),
    }
