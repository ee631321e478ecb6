"""The search page, its autocomplete, and the community's content requests. Reads go
through `catalogue` and `selectors`, writes through `services`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from academy.courses.models import Topic

from . import catalogue, selectors, services
from .forms import ContentRequestForm, SearchForm
from .models import ContentRequest, Kind
from .query import MAX_QUERY_LENGTH

REQUESTS_PER_PAGE = 20


@require_GET
def search_page(request):
    form = SearchForm(request.GET)
    arguments = form.search_arguments()
    results = catalogue.search(**arguments, user=request.user)
    query = results.query
    if query.text and arguments["page"] == 1:
        services.record_search(text=query.text, total=results.total)
    topic = _single_topic(query)
    asked = None
    if query.text and results.total <= services.FEW_RESULTS:
        asked = selectors.open_request_for(text=query.text, topic=topic)
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "results": results,
            "asked": asked,
            "topic": topic,
            "few_results": services.FEW_RESULTS,
            "browse_topics": Topic.objects.filter(parent=None) if not results.total else [],
        },
    )


@require_GET
def autocomplete(request):
    prefix = request.GET.get("q", "")
    if len(prefix) > MAX_QUERY_LENGTH:
        return JsonResponse(
            {
                "error": _("Searches are limited to %(limit)d characters.")
                % {"limit": MAX_QUERY_LENGTH}
            },
            status=400,
        )
    found = catalogue.autocomplete(prefix, user=request.user)
    search_url = reverse("search:search")
    kinds = dict(Kind.choices)
    return JsonResponse(
        {
            "titles": [
                {"title": item.title, "url": item.url, "kind": str(kinds.get(item.kind, ""))}
                for item in found["titles"]
            ],
            "topics": [
                {"title": item.title, "url": search_url + item.url} for item in found["topics"]
            ],
        }
    )


@login_required
@require_POST
def ask(request):
    form = ContentRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say what you are looking for, in at most 100 characters."))
        return _back(request)
    try:
        content_request = services.ask_for_content(
            user=request.user, text=form.cleaned_data["q"], topic=form.cleaned_data["topic"]
        )
    except services.ContentRequestError as error:
        messages.error(request, str(error))
        return _back(request)
    messages.success(
        request,
        _("Asked. %(votes)d members want this; peer teachers see the most wanted requests.")
        % {"votes": content_request.votes},
    )
    return _back(request)


@require_GET
def request_list(request):
    topic = Topic.objects.filter(slug=request.GET.get("topic", "")).first()
    requests = selectors.open_requests(user=request.user, topic=topic)
    page = Paginator(requests, REQUESTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/requests.html",
        {
            "requests": page,
            "topic": topic,
            "topics": Topic.objects.filter(content_requests__status="open").distinct(),
            "answered": selectors.recently_answered(),
        },
    )


@login_required
@require_POST
def vote(request, pk: int):
    content_request = get_object_or_404(ContentRequest, pk=pk)
    try:
        voted = services.vote(user=request.user, request=content_request)
    except services.ContentRequestError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Vote counted.") if voted else _("Vote taken back."))
    return _back(request, default=reverse("search:requests"))


def _single_topic(query):
    if len(query.filters.topic) != 1:
        return None
    return Topic.objects.filter(slug=query.filters.topic[0]).first()


def _back(request, *, default: str | None = None):
    """Back to the page the form was on, if it is ours."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(default or reverse("search:search"))
