import atexit

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "academy.insights"
    label = "insights"
    verbose_name = _("Insights")

    def ready(self):
        from .services import visits

        # Views still buffered when the process ends are written then, where the process
        # ends normally (gunicorn's workers do on restart and shutdown).
        atexit.register(visits.flush_at_exit)
