from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueSearchConfig(AppConfig):
    name = "search"
    label = "catalogue_search"
    verbose_name = _("Catalogue search")

    def ready(self):
        from . import signals  # noqa: F401
