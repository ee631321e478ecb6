from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_experiments_admin_urls():
    return [
        path("experiments/", admin_views.index, name="experiments_index"),
        path("experiments/add/", admin_views.create, name="experiments_create"),
        path("experiments/<int:pk>/", admin_views.detail, name="experiments_detail"),
        path("experiments/<int:pk>/edit/", admin_views.edit, name="experiments_edit"),
        path("experiments/<int:pk>/start/", admin_views.start, name="experiments_start"),
        path("experiments/<int:pk>/stop/", admin_views.stop, name="experiments_stop"),
    ]


class ExperimentsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_run_experiments(request.user)


@hooks.register("register_admin_menu_item")
def register_experiments_menu_item():
    return ExperimentsMenuItem(
        _("Experiments"), reverse("experiments_index"), icon_name="sliders", order=340
    )
