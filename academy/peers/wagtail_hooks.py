from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Badge
from .permissions import can
from .roles import Role
from .views import moderation


class BadgePermissionPolicy(ModelPermissionPolicy):
    """A badge exists because `badges.py` defines its rule: curators reword badges and give
    them images (the change permission), but nobody adds or deletes one here, not even an
    administrator. New badges come with code and their migration."""

    FIXED_SET = frozenset({"add", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.FIXED_SET and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(set(actions) - self.FIXED_SET)


class BadgeViewSet(SnippetViewSet):
    model = Badge
    icon = "circle-check"
    menu_label = _("Badges")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "slug", "description"]
    search_fields = ["name", "description"]
    copy_view_enabled = False
    panels = [
        FieldPanel("slug", read_only=True),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("criteria"),
        FieldPanel("image"),
    ]


register_permission_policy(Badge, BadgePermissionPolicy(Badge))
register_snippet(BadgeViewSet)


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


# Community care ---------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_moderation_admin_urls():
    return [
        path("moderation/", moderation.queue, name="peers_moderation"),
        path(
            "moderation/reports/<int:content_type_id>/<int:object_id>/remove/",
            moderation.remove,
            name="peers_moderation_remove",
        ),
        path(
            "moderation/reports/<int:content_type_id>/<int:object_id>/dismiss/",
            moderation.dismiss,
            name="peers_moderation_dismiss",
        ),
        path(
            "moderation/held/<int:content_type_id>/<int:object_id>/approve/",
            moderation.approve,
            name="peers_moderation_approve",
        ),
        path(
            "moderation/members/<int:user_id>/suspend/",
            moderation.suspend,
            name="peers_moderation_suspend",
        ),
        path(
            "moderation/members/<int:user_id>/welcome/",
            moderation.welcome,
            name="peers_moderation_welcome",
        ),
        path(
            "moderation/suspensions/<int:pk>/lift/",
            moderation.lift,
            name="peers_moderation_lift",
        ),
    ]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return can(request.user, "moderation.queue")


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        _("Moderation"), reverse("peers_moderation"), icon_name="warning", order=320
    )
