from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from academy.peers.permissions import can

from .models import LiveSessionPage, SessionsIndexPage


def sessions_explorer(request):
    """The admin's "Live sessions": the explorer of the sessions index, where teachers see
    their sessions and "Add child page" schedules one."""
    index = SessionsIndexPage.objects.first()
    if index is None:
        return redirect("wagtailadmin_explore_root")
    return redirect("wagtailadmin_explore", index.pk)


@hooks.register("register_admin_urls")
def register_sessions_url():
    return [path("live-sessions/", sessions_explorer, name="live_sessions_admin")]


class SessionsMenuItem(MenuItem):
    def is_shown(self, request):
        return can(request.user, "session.host", None)


@hooks.register("register_admin_menu_item")
def register_sessions_menu_item():
    return SessionsMenuItem(
        _("Live sessions"), reverse("live_sessions_admin"), icon_name="date", order=55
    )


@hooks.register("construct_explorer_page_queryset")
def show_teachers_the_sessions_they_run(parent_page, pages, request):
    user = request.user
    if can(user, "session.curate", None) or not isinstance(parent_page.specific, SessionsIndexPage):
        return pages
    run = LiveSessionPage.objects.filter(Q(host=user) | Q(cohosts=user)).values("pk")
    return pages.filter(pk__in=run)


@hooks.register("before_create_page")
def check_who_schedules_sessions(request, parent_page, page_class):
    if issubclass(page_class, LiveSessionPage) and not can(request.user, "session.host", None):
        raise PermissionDenied
