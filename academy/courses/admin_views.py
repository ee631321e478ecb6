"""The teacher space in the Wagtail admin: a peer teacher's own courses, one click away."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import render

from academy.peers.permissions import can

from . import selectors
from .models import CatalogueIndexPage, CoursePage, Kudos, LessonFeedback


def my_courses(request):
    if not can(request.user, "course.create", None):
        raise PermissionDenied
    courses = selectors.with_figures(
        CoursePage.objects.filter(Q(owner=request.user) | Q(co_authors=request.user))
        .distinct()
        .select_related("topic")
    ).order_by("-latest_revision_created_at")
    rows = []
    for course in courses:
        lessons = course.get_children()
        rows.append(
            {
                "course": course,
                "lessons": lessons.count(),
                "status": course.status_string,
                "in_review": course.workflow_in_progress,
                "kudos": Kudos.objects.filter(lesson__in=lessons).count(),
                "feedback": LessonFeedback.objects.filter(lesson__in=lessons).count(),
            }
        )
    return render(
        request,
        "courses/admin/my_courses.html",
        {"rows": rows, "catalogue": CatalogueIndexPage.objects.first()},
    )
