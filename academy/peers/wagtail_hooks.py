from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .permissions import can
from .roles import Role


@hooks.register("register_admin_urls")
def register_peers_admin_urls():
    return [
        path("nominations/", admin_views.nominations, name="peers_nominations"),
        path(
            "nominations/<int:pk>/decide/",
            admin_views.decide_nomination,
            name="peers_decide_nomination",
        ),
        path("roles/", admin_views.roles, name="peers_roles"),
    ]


class NominationsMenuItem(MenuItem):
    def is_shown(self, request):
        return can(request.user, "nomination.decide", None)


class RolesMenuItem(MenuItem):
    def is_shown(self, request):
        return can(request.user, "roles.grant", Role.MODERATOR)


@hooks.register("register_admin_menu_item")
def register_nominations_menu_item():
    return NominationsMenuItem(
        _("Nominations"), reverse("peers_nominations"), icon_name="user", order=300
    )


@hooks.register("register_admin_menu_item")
def register_roles_menu_item():
    return RolesMenuItem(_("Roles"), reverse("peers_roles"), icon_name="group", order=310)
