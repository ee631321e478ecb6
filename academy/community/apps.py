from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "academy.community"
    label = "community"
    verbose_name = _("Discussions")

    def ready(self):
        from . import flaggable

        flaggable.register()
