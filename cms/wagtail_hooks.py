from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from academy import curation


@hooks.register("register_log_actions")
def register_curation_log_action(actions):
    actions.register_action(
        curation.LOG_ACTION, _("Change curation"), _("Featured or unfeatured by a curator")
    )
