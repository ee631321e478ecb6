"""Every write of experiments: drafts, start, stop (keeping a winner), and the counts of
exposures and conversions.

Curators' operations run in one transaction and raise `ExperimentError` with a message for
the curator. Counting never raises into the page or the enrolment it comes from.
"""

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.courses import selectors as course_selectors
from academy.courses import services as course_services
from academy.courses.models import CoursePage
from academy.pagecache.services import purge_pages_after_commit

from . import selectors
from .assignment import Assignment
from .models import Conversion, Experiment, ExperimentCourse, Variant, VariantCount


class ExperimentError(Exception):
    """An experiment operation that cannot be done, with a message for the curator."""


def _running_changed() -> None:
    """After a start or a stop commits: every process reads the new state at once, and
    every cached page (B's home pages among them) is rendered again."""
    transaction.on_commit(
        lambda: cache.set(
            selectors.RUNNING_KEY,
            selectors.read_running_experiment_id() or 0,
            timeout=selectors.RUNNING_SECONDS,
        ),
        robust=True,
    )
    purge_pages_after_commit()


def _check_b(b_courses: list[CoursePage]) -> None:
    if not b_courses:
        raise ExperimentError(_("Choose at least one published course for B."))
    if len(b_courses) > Experiment.MAX_B_COURSES:
        raise ExperimentError(
            _("B shows at most %(count)d courses.") % {"count": Experiment.MAX_B_COURSES}
        )
    if len({course.pk for course in b_courses}) != len(b_courses):
        raise ExperimentError(_("Each course can be in B only once."))
    published = course_selectors.published_courses().filter(pk__in=[c.pk for c in b_courses])
    if published.count() != len(b_courses):
        raise ExperimentError(_("B can only feature published courses."))


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ExperimentError(_("Give the experiment a name."))
    return name


def _set_b_courses(experiment: Experiment, b_courses: list[CoursePage]) -> None:
    ExperimentCourse.objects.filter(experiment=experiment).delete()
    ExperimentCourse.objects.bulk_create(
        ExperimentCourse(experiment=experiment, course=course, position=position)
        for position, course in enumerate(b_courses, start=1)
    )


@transaction.atomic
def create_experiment(
    *, user, name: str, hypothesis: str = "", b_heading: str = "", b_courses: list[CoursePage]
) -> Experiment:
    """A draft: nothing changes for visitors until it is started."""
    name = _check_name(name)
    _check_b(b_courses)
    experiment = Experiment.objects.create(
        name=name, hypothesis=hypothesis.strip(), b_heading=b_heading.strip(), created_by=user
    )
    _set_b_courses(experiment, b_courses)
    return experiment


@transaction.atomic
def update_experiment(
    *,
    experiment: Experiment,
    name: str,
    hypothesis: str = "",
    b_heading: str = "",
    b_courses: list[CoursePage],
) -> Experiment:
    """Change a draft. A started experiment stays as its visitors saw it."""
    experiment = Experiment.objects.select_for_update().get(pk=experiment.pk)
    if not experiment.is_draft:
        raise ExperimentError(_("Only a draft can be changed; this experiment has started."))
    experiment.name = _check_name(name)
    _check_b(b_courses)
    experiment.hypothesis = hypothesis.strip()
    experiment.b_heading = b_heading.strip()
    experiment.save(update_fields=["name", "hypothesis", "b_heading"])
    _set_b_courses(experiment, b_courses)
    return experiment


@transaction.atomic
def start_experiment(*, experiment: Experiment) -> Experiment:
    """Show B to half of the home page's new visitors from now on."""
    experiment = Experiment.objects.select_for_update().get(pk=experiment.pk)
    if not experiment.is_draft:
        raise ExperimentError(_("This experiment has already been started."))
    if not selectors.b_courses(experiment=experiment):
        raise ExperimentError(
            _("None of B's courses is published any more: choose published courses for B.")
        )
    another_runs = _("Another experiment is running on the home page: stop it first.")
    if Experiment.objects.filter(status=Experiment.Status.RUNNING).exists():
        raise ExperimentError(another_runs)
    experiment.status = Experiment.Status.RUNNING
    experiment.started_at = timezone.now()
    try:
        # Two curators starting two experiments at once: the constraint lets one through.
        with transaction.atomic():
            experiment.save(update_fields=["status", "started_at"])
    except IntegrityError:
        raise ExperimentError(another_runs) from None
    VariantCount.objects.bulk_create(
        VariantCount(experiment=experiment, variant=variant) for variant in Variant.values
    )
    _running_changed()
    return experiment


@transaction.atomic
def stop_experiment(*, experiment: Experiment, keep: str) -> Experiment:
    """Stop showing B. Keeping B makes B's courses the featured courses, in B's order;
    keeping A changes nothing. The per-member rows that counted conversions once go."""
    experiment = Experiment.objects.select_for_update().get(pk=experiment.pk)
    if not experiment.is_running:
        raise ExperimentError(_("Only a running experiment can be stopped."))
    if keep not in Variant.values:
        raise ExperimentError(_("Choose the variant to keep: A or B."))
    if keep == Variant.B:
        courses = selectors.b_courses(experiment=experiment)
        if not courses:
            raise ExperimentError(
                _("None of B's courses is published any more: keep A, or publish them first.")
            )
        course_services.feature_courses(courses=courses)
    experiment.status = Experiment.Status.STOPPED
    experiment.stopped_at = timezone.now()
    experiment.winner = keep
    experiment.save(update_fields=["status", "stopped_at", "winner"])
    Conversion.objects.filter(experiment=experiment).delete()
    _running_changed()
    return experiment


def count_exposure(*, assignment: Assignment) -> bool:
    """A browser was assigned a variant: one more exposure, if the experiment still runs.
    Returns whether it was counted (and the assignment stands)."""
    counted = VariantCount.objects.filter(
        experiment_id=assignment.experiment_id,
        variant=assignment.variant,
        experiment__status=Experiment.Status.RUNNING,
    ).update(exposures=F("exposures") + 1)
    return counted == 1


def record_conversion(*, user, assignment: Assignment | None) -> bool:
    """A member enrolled while their browser carried the running experiment's cookie: one
    conversion for their variant, once per member and experiment. Returns whether counted."""
    if assignment is None or not user.is_authenticated:
        return False
    with transaction.atomic():
        # Locked, so that a stop committing meanwhile either waits for this count or is seen.
        running = (
            Experiment.objects.select_for_update()
            .filter(pk=assignment.experiment_id, status=Experiment.Status.RUNNING)
            .values_list("pk", flat=True)
            .first()
        )
        if running is None:
            return False
        try:
            with transaction.atomic():
                Conversion.objects.create(experiment_id=assignment.experiment_id, user=user)
        except IntegrityError:
            return False
        VariantCount.objects.filter(
            experiment_id=assignment.experiment_id, variant=assignment.variant
        ).update(conversions=F("conversions") + 1)
    return True


def record_conversion_after_commit(*, user, assignment: Assignment | None) -> None:
    """What the enrol view calls: counted once the enrolment committed; a failure is logged
    and never undoes nor fails the enrolment."""
    if assignment is not None:
        transaction.on_commit(
            lambda: record_conversion(user=user, assignment=assignment), robust=True
        )
