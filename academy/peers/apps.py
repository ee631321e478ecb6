from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeersConfig(AppConfig):
    name = "academy.peers"
    label = "peers"
    verbose_name = _("Peers")

    def ready(self):
        from . import signals  # noqa: F401
