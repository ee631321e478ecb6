"""Lesson authors' screen in the Wagtail admin: answers offered as improvements of their
lessons, to apply (by editing the lesson) or decline."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.peers.permissions import can

from . import selectors, services
from .models import LessonSuggestion


def may_see_suggestions(user) -> bool:
    return can(user, "course.create", None)


def suggestions(request):
    if not may_see_suggestions(request.user):
        raise PermissionDenied
    return render(
        request,
        "community/admin/suggestions.html",
        {"suggestions": selectors.open_suggestions_for(user=request.user)},
    )


@require_POST
def decide(request, pk: int):
    suggestion = get_object_or_404(LessonSuggestion.objects.select_related("lesson"), pk=pk)
    if not can(request.user, "suggestion.decide", suggestion):
        raise PermissionDenied
    applied = request.POST.get("decision") == "applied"
    try:
        services.decide_suggestion(user=request.user, suggestion=suggestion, applied=applied)
    except services.DiscussionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Marked as applied. Thank you for improving the lesson.")
            if applied
            else _("Declined."),
        )
    return redirect("community_suggestions")
