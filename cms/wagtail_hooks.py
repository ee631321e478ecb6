from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from academy import curation
from academy.peers.permissions import can

from .console import views as console
from .console.panel import ConsolePanel


@hooks.register("register_log_actions")
def register_curation_log_action(actions):
    actions.register_action(
        curation.LOG_ACTION, _("Change curation"), _("Featured or unfeatured by a curator")
    )


@hooks.register("register_admin_urls")
def register_console_urls():
    return [
        path("console/", console.overview, name="console_overview"),
        path("console/health/", console.health, name="console_health"),
        path("console/featuring/", console.featuring, name="console_featuring"),
        path("console/feature/", console.feature, name="console_feature"),
        path("console/wanted/", console.wanted, name="console_wanted"),
        path("console/nudge/", console.nudge, name="console_nudge"),
        path("console/promote/", console.promote, name="console_promote"),
    ]


class ConsoleItem(MenuItem):
    def __init__(self, *args, privilege: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.privilege = privilege

    def is_shown(self, request):
        return can(request.user, self.privilege)


console_menu = Menu(
    construct_hook_name="construct_console_menu",
    items=[
        ConsoleItem(
            _("Funnel"),
            reverse_lazy("console_overview"),
            icon_name="view",
            order=50,
            privilege="console.view",
        ),
        ConsoleItem(
            _("Health and gaps"),
            reverse_lazy("console_health"),
            icon_name="warning",
            order=100,
            privilege="console.moderation",
        ),
        ConsoleItem(
            _("Featuring"),
            reverse_lazy("console_featuring"),
            icon_name="pick",
            order=200,
            privilege="console.view",
        ),
    ],
)


class ConsoleMenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return can(request.user, "console.moderation")


@hooks.register("register_admin_menu_item")
def register_console_menu_item():
    return ConsoleMenuItem(_("Console"), console_menu, icon_name="view", order=20)


@hooks.register("construct_homepage_panels")
def add_console_panel(request, panels):
    if can(request.user, "console.view"):
        panels.append(ConsolePanel())
