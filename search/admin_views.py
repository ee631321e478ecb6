"""The admin's "Content requests": what learners asked for, per topic, for the curators and
peer teachers who can answer it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from academy.peers.permissions import can

from . import selectors, services
from .forms import AnswerRequestForm
from .models import ContentRequest


def content_requests(request):
    if not can(request.user, "content_request.answer", None):
        raise PermissionDenied
    return render(
        request,
        "search/admin/content_requests.html",
        {
            "groups": selectors.requests_by_topic(user=request.user),
            "not_found": selectors.zero_result_queries(days=30, limit=15),
        },
    )


def answer_request(request, pk: int):
    content_request = get_object_or_404(ContentRequest, pk=pk, status=ContentRequest.Status.OPEN)
    if not can(request.user, "content_request.answer", content_request.topic):
        raise PermissionDenied
    form = AnswerRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.mark_answered(
                user=request.user, request=content_request, page=form.cleaned_data["page"]
            )
        except services.ContentRequestError as error:
            form.add_error("page", str(error))
        else:
            messages.success(
                request,
                _("Marked answered; the %(count)d members who asked are emailed.")
                % {"count": content_request.votes},
            )
            return redirect("search_content_requests")
    return render(
        request,
        "search/admin/answer_request.html",
        {"content_request": content_request, "form": form},
    )
