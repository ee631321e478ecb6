"""Curators' screens in the Wagtail admin: experiments on the home page's featured block,
from draft to results and the variant kept (docs/experiments.md)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from academy.courses import selectors as course_selectors
from academy.peers.permissions import can

from . import selectors, services
from .forms import ExperimentForm
from .models import Experiment, Variant


def may_run_experiments(user) -> bool:
    return can(user, "experiment.run")


def _check(request) -> None:
    if not may_run_experiments(request.user):
        raise PermissionDenied


def index(request):
    _check(request)
    return render(
        request,
        "experiments/admin/index.html",
        {
            "experiments": selectors.experiments(),
            "running_id": selectors.read_running_experiment_id(),
        },
    )


@require_http_methods(["GET", "POST"])
def create(request):
    _check(request)
    form = ExperimentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            experiment = services.create_experiment(user=request.user, **_fields(form))
        except services.ExperimentError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Draft “%(name)s” saved. Start it when you are ready.")
                % {"name": experiment.name},
            )
            return redirect("experiments_detail", experiment.pk)
    return render(request, "experiments/admin/form.html", {"form": form, "experiment": None})


@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    _check(request)
    experiment = get_object_or_404(Experiment, pk=pk)
    if not experiment.is_draft:
        messages.error(request, _("Only a draft can be changed; this experiment has started."))
        return redirect("experiments_detail", experiment.pk)
    initial = ExperimentForm.initial_for(
        experiment=experiment, courses=selectors.chosen_courses(experiment=experiment)
    )
    form = ExperimentForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_experiment(experiment=experiment, **_fields(form))
        except services.ExperimentError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Draft saved."))
            return redirect("experiments_detail", experiment.pk)
    return render(request, "experiments/admin/form.html", {"form": form, "experiment": experiment})


def _fields(form: ExperimentForm) -> dict:
    data = form.cleaned_data
    return {
        "name": data["name"],
        "hypothesis": data["hypothesis"],
        "b_heading": data["b_heading"],
        "b_courses": data["b_courses"],
    }


def detail(request, pk: int):
    """The experiment, what each variant shows, and its results so far."""
    _check(request)
    experiment = get_object_or_404(Experiment, pk=pk)
    return render(
        request,
        "experiments/admin/detail.html",
        {
            "experiment": experiment,
            "chosen_courses": selectors.chosen_courses(experiment=experiment),
            "published_ids": {course.pk for course in selectors.b_courses(experiment=experiment)},
            "featured_courses": course_selectors.featured_courses(),
            "results": selectors.results(experiment=experiment),
            "variants": Variant,
        },
    )


@require_POST
def start(request, pk: int):
    _check(request)
    experiment = get_object_or_404(Experiment, pk=pk)
    try:
        services.start_experiment(experiment=experiment)
    except services.ExperimentError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("“%(name)s” is running: half of the home page's new visitors now see B.")
            % {"name": experiment.name},
        )
    return redirect("experiments_detail", experiment.pk)


@require_POST
def stop(request, pk: int):
    _check(request)
    experiment = get_object_or_404(Experiment, pk=pk)
    keep = request.POST.get("keep", "")
    try:
        services.stop_experiment(experiment=experiment, keep=keep)
    except services.ExperimentError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Stopped. B's courses are now the featured courses, in B's order.")
            if keep == Variant.B
            else _("Stopped. The featured courses stay as they were."),
        )
    return redirect("experiments_detail", experiment.pk)
