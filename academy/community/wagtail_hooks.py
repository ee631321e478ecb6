from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_community_admin_urls():
    return [
        path("suggestions/", admin_views.suggestions, name="community_suggestions"),
        path(
            "suggestions/<int:pk>/decide/",
            admin_views.decide,
            name="community_decide_suggestion",
        ),
    ]


class SuggestionsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_see_suggestions(request.user)


@hooks.register("register_admin_menu_item")
def register_suggestions_menu_item():
    return SuggestionsMenuItem(
        _("Lesson suggestions"), reverse("community_suggestions"), icon_name="help", order=330
    )
