"""The console's panel on the Wagtail admin home: the last 30 days at a glance, with a
sparkline of visitors, for curators."""

from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from academy.charts import sparkline
from academy.insights import selectors as insights

from . import periods

SHOWN_STEPS = ("visitors", "signed_up", "enrolled", "taught")


class ConsolePanel(Component):
    name = "console"
    order = 50
    template_name = "cms/console/panel.html"

    def get_context_data(self, parent_context):
        period = periods.parse(periods.DEFAULT)
        funnel = insights.funnel(start=period.first, end=period.last)
        visits = insights.visits_trend(start=period.first, end=period.last)
        return {
            "period": period,
            "steps": [funnel.step(key) for key in SHOWN_STEPS],
            "trend": sparkline(
                title=_("Visitors per day, last 30 days"),
                values=[point.visitors for point in visits],
                labels=[point.day.isoformat() for point in visits],
            ),
        }
