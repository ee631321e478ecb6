from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.peers.permissions import can

from . import admin_views, services
from .models import CatalogueIndexPage, CoursePage, LearningPathPage, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "parent", "slug"]
    search_fields = ["name", "description"]


register_snippet(TopicViewSet)


@hooks.register("register_admin_urls")
def register_teacher_space_url():
    return [path("my-courses/", admin_views.my_courses, name="courses_my_courses")]


class TeacherSpaceMenuItem(MenuItem):
    def is_shown(self, request):
        return can(request.user, "course.create", None)


@hooks.register("register_admin_menu_item")
def register_teacher_space_menu_item():
    return TeacherSpaceMenuItem(
        _("My courses"), reverse("courses_my_courses"), icon_name="doc-full-inverse", order=50
    )


@hooks.register("construct_explorer_page_queryset")
def show_peers_only_their_own_courses(parent_page, pages, request):
    """Below the catalogue, peer teachers see the courses they author, and only their lessons."""
    user = request.user
    if can(user, "course.feature", None):  # curators and superusers see everything
        return pages
    specific_parent = parent_page.specific
    if isinstance(specific_parent, CatalogueIndexPage):
        authored = CoursePage.objects.filter(Q(owner=user) | Q(co_authors=user)).values("pk")
        return pages.filter(pk__in=authored)
    if isinstance(specific_parent, CoursePage) and not can(user, "course.edit", specific_parent):
        return pages.none()
    return pages


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def record_course_authors(request, page):
    if isinstance(page, CoursePage):
        services.record_authors(course=page)


@hooks.register("before_create_page")
def check_who_creates_catalogue_pages(request, parent_page, page_class):
    if issubclass(page_class, LearningPathPage) and not can(
        request.user, "learning_path.create", parent_page
    ):
        raise PermissionDenied
    if issubclass(page_class, CoursePage) and not can(request.user, "course.create", None):
        raise PermissionDenied


@hooks.register("before_move_page")
def check_who_moves_pages(request, page, destination):
    """Wagtail checks the move itself only when it is confirmed: its confirmation screen
    (title, number of subpages) would otherwise open for any admin user on any page."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
