from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.peers.permissions import can

from . import admin_views
from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["term", "alternatives", "updated_at"]
    search_fields = ["term", "alternatives"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_content_request_urls():
    return [
        path("content-requests/", admin_views.content_requests, name="search_content_requests"),
        path(
            "content-requests/<int:pk>/answer/",
            admin_views.answer_request,
            name="search_answer_request",
        ),
    ]


class ContentRequestsMenuItem(MenuItem):
    def is_shown(self, request):
        return can(request.user, "content_request.answer", None)


@hooks.register("register_admin_menu_item")
def register_content_requests_menu_item():
    return ContentRequestsMenuItem(
        _("Content requests"), reverse("search_content_requests"), icon_name="help", order=60
    )
