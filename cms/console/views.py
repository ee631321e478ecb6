"""The console's screens and the actions taken from them. Every view asks `can()`; every
action is a POST that goes through the owning app's service and comes back with a message."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from academy import curation
from academy.courses import selectors as course_selectors
from academy.courses.models import Topic
from academy.live import selectors as live_selectors
from academy.peers.permissions import can
from academy.peers.selectors.moderation import queue_size
from academy.peers.services.nudges import NudgeError, nudge_teacher
from search import services as search_services
from search.models import ContentRequest

from . import periods
from .forms import PromoteForm
from .health import tables as health_tables
from .overview import overview as console_overview
from .tables import Action, Cell, Row, Table


def curators_only(view):
    """Every action of the console: curators and administrators, by POST."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not can(request.user, "console.view"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return require_POST(checked)


def _period(request) -> periods.Period:
    try:
        return periods.parse(request.GET.get("period", ""))
    except periods.PeriodError as error:
        messages.error(request, str(error))
        return periods.parse(periods.DEFAULT)


def _export_or_render(request, tables: list[Table], template: str, context: dict):
    """`?export=<table key>` downloads that table as CSV; otherwise the screen."""
    period = context.get("period")
    key = request.GET.get("export")
    if key:
        for table in tables:
            if table.key == key:
                return table.csv_response(suffix=period.key if period else "")
        messages.error(request, _("There is no table to export by that name."))
    return render(request, template, {**context, "tables": tables, "presets": periods.PRESETS})


def _back(request, default: str):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(default)


def overview(request):
    """The funnel from visitor to teacher, visits, topics, courses and teachers."""
    if not can(request.user, "console.view"):
        raise PermissionDenied
    period = _period(request)
    topic = Topic.objects.filter(slug=request.GET.get("topic", "")).first()
    figures = console_overview(period, topic=topic)
    context = {
        "period": period,
        "figures": figures,
        "topic": topic,
        "topics": Topic.objects.order_by("name"),
        "screen_title": _("Console"),
        "screen_icon": "view",
    }
    return _export_or_render(request, figures.tables, "cms/console/overview.html", context)


def health(request):
    """Gaps, stale courses, new teachers and the moderation queue; moderators see the queue
    alone."""
    user = request.user
    if not can(user, "console.moderation"):
        raise PermissionDenied
    period = _period(request)
    tables = health_tables(period) if can(user, "console.view") else []
    context = {
        "period": period,
        "queue": queue_size(),
        "screen_title": _("Health and gaps"),
        "screen_icon": "warning",
    }
    return _export_or_render(request, tables, "cms/console/health.html", context)


def featuring(request):
    """What the home page features: published courses and upcoming sessions, featured first."""
    if not can(request.user, "console.view"):
        raise PermissionDenied
    feature = reverse("console_feature")

    def row(page, cells):
        label = _("Unfeature") if page.featured else _("Feature")
        toggle = Action(label, feature, {"page": page.pk, "featured": "" if page.featured else "1"})
        return Row(
            [Cell(page.title, page.url), *cells, _("Yes") if page.featured else _("No")], [toggle]
        )

    courses = course_selectors.with_figures(course_selectors.published_courses()).order_by(
        "-featured", "featured_order", "title"
    )
    sessions = live_selectors.upcoming().order_by("-featured", "starts_at")
    tables = [
        Table(
            key="courses",
            title=_("Courses"),
            header=[_("Course"), _("Topic"), _("Learners"), _("Featured")],
            rows=[row(course, [course.topic.name, course.learner_count]) for course in courses],
            empty_text=_("No published courses yet."),
        ),
        Table(
            key="sessions",
            title=_("Upcoming live sessions"),
            header=[_("Session"), _("Topic"), _("Starts"), _("Featured")],
            rows=[
                row(session, [session.topic.name, session.starts_at.date()]) for session in sessions
            ],
            empty_text=_("No upcoming sessions."),
        ),
    ]
    context = {"screen_title": _("Featuring"), "screen_icon": "pick"}
    return _export_or_render(request, tables, "cms/console/featuring.html", context)


@curators_only
def feature(request):
    page = get_object_or_404(Page, pk=request.POST.get("page") or 0).specific
    featured = bool(request.POST.get("featured"))
    curation.set_featured(page=page, featured=featured, by=request.user)
    text = (
        _("“%(title)s” is featured on the home page.")
        if featured
        else _("“%(title)s” is no longer featured.")
    )
    messages.success(request, text % {"title": page.title})
    return _back(request, reverse("console_featuring"))


@curators_only
def wanted(request):
    content_request = get_object_or_404(ContentRequest, pk=request.POST.get("request") or 0)
    is_wanted = bool(request.POST.get("wanted"))
    try:
        search_services.set_wanted(user=request.user, request=content_request, wanted=is_wanted)
    except search_services.ContentRequestError as error:
        messages.error(request, str(error))
    else:
        text = (
            _("“%(query)s” is on the home page's wanted list.")
            if is_wanted
            else _("“%(query)s” is off the wanted list.")
        )
        messages.success(request, text % {"query": content_request.query})
    return _back(request, reverse("console_health"))


@curators_only
def nudge(request):
    teacher = get_object_or_404(get_user_model(), pk=request.POST.get("teacher") or 0)
    target = request.POST.get("url", "")
    try:
        nudge_teacher(
            curator=request.user, teacher=teacher, gap=request.POST.get("gap", ""), url=target
        )
    except NudgeError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Sent. They see it in their notifications and by email."))
    return _back(request, reverse("console_health"))


@require_http_methods(["GET", "POST"])
def promote(request):
    """Pin a page first for a search: the console links here from searches that found
    nothing."""
    if not can(request.user, "search.promote"):
        raise PermissionDenied
    form = PromoteForm(request.POST or None, initial={"query": request.GET.get("q", "")})
    if request.method == "POST" and form.is_valid():
        try:
            search_services.pin_promotion(
                user=request.user,
                text=form.cleaned_data["query"],
                page=form.cleaned_data["page"],
                description=form.cleaned_data["description"],
            )
        except search_services.PromotionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("“%(title)s” now comes first when someone searches for “%(query)s”.")
                % {"title": form.cleaned_data["page"].title, "query": form.cleaned_data["query"]},
            )
            return redirect("console_health")
    return render(request, "cms/console/promote.html", {"form": form})
