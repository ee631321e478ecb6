"""Reads of experiments: which one runs, what the home page features for a variant, and the
results of each variant with their intervals."""

from dataclasses import dataclass
from enum import StrEnum

from django.core.cache import cache
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from academy.courses import selectors as course_selectors
from academy.courses.models import CoursePage

from . import stats
from .assignment import Assignment
from .models import Experiment, ExperimentCourse, Variant, VariantCount

# Which experiment runs is asked on every request for the home page, most of them answered
# by the page cache without the database: it is kept in the shared cache too, replaced after
# every start and stop commits, and read again from the database at the latest after a minute.
RUNNING_KEY = "experiments:running"
RUNNING_SECONDS = 60
_NONE_RUNNING = 0

# Below this many visitors in either variant the results page gives no verdict: a few
# enrolments more or less would turn it around (docs/experiments.md).
MIN_EXPOSURES = 100


def running_experiment_id() -> int | None:
    running = cache.get(RUNNING_KEY)
    if running is None:
        running = read_running_experiment_id() or _NONE_RUNNING
        cache.set(RUNNING_KEY, running, timeout=RUNNING_SECONDS)
    return running or None


def read_running_experiment_id() -> int | None:
    running = Experiment.objects.filter(status=Experiment.Status.RUNNING)
    return running.values_list("pk", flat=True).first()


def experiments() -> QuerySet:
    return Experiment.objects.select_related("created_by")


def b_courses(*, experiment: Experiment, figures: bool = False) -> list[CoursePage]:
    """B's courses that are published now, in B's order; with what cards show if asked."""
    positions = dict(
        ExperimentCourse.objects.filter(experiment=experiment).values_list("course_id", "position")
    )
    courses = course_selectors.published_courses().filter(pk__in=positions)
    if figures:
        courses = course_selectors.with_figures(courses)
    return sorted(courses, key=lambda course: positions[course.pk])


def chosen_courses(*, experiment: Experiment) -> list[CoursePage]:
    """All of B's courses as chosen, published or not, in B's order."""
    rows = ExperimentCourse.objects.filter(experiment=experiment).select_related("course")
    return [row.course for row in rows]


@dataclass(frozen=True)
class FeaturedBlock:
    courses: list
    # Empty: the home page's own heading.
    heading: str = ""


def home_featured(*, assignment: Assignment | None) -> FeaturedBlock:
    """What the home page features for this visitor: B's courses to B's visitors while the
    experiment runs, the curated featured courses to everyone else."""
    if assignment is not None and assignment.is_b:
        experiment = Experiment.objects.filter(
            pk=assignment.experiment_id, status=Experiment.Status.RUNNING
        ).first()
        if experiment is not None:
            courses = b_courses(experiment=experiment, figures=True)
            return FeaturedBlock(courses=courses, heading=experiment.b_heading)
    return FeaturedBlock(courses=list(course_selectors.featured_courses()))


# Results --------------------------------------------------------------------------------


class Verdict(StrEnum):
    NOT_ENOUGH = "not_enough"
    NO_CLEAR_DIFFERENCE = "no_clear_difference"
    B_BETTER = "b_better"
    A_BETTER = "a_better"

    @property
    def is_clear(self) -> bool:
        return self in (Verdict.B_BETTER, Verdict.A_BETTER)

    @property
    def label(self) -> str:
        return {
            Verdict.NOT_ENOUGH: _("Not enough visitors yet"),
            Verdict.NO_CLEAR_DIFFERENCE: _("No clear difference yet"),
            Verdict.B_BETTER: _("B converts better"),
            Verdict.A_BETTER: _("A converts better"),
        }[self]


@dataclass(frozen=True)
class VariantResult:
    variant: str
    exposures: int
    conversions: int

    @property
    def label(self) -> str:
        return Variant(self.variant).label

    @property
    def rate(self) -> float | None:
        return stats.rate(self.counted, self.exposures)

    @property
    def interval(self) -> stats.Interval | None:
        return stats.wilson(self.counted, self.exposures)

    @property
    def counted(self) -> int:
        # More members than browsers can enrol (two members on one computer): a rate above
        # one would mean nothing, so the conversions count up to the visitors at most.
        return min(self.conversions, self.exposures)


@dataclass(frozen=True)
class Results:
    a: VariantResult
    b: VariantResult
    minimum: int = MIN_EXPOSURES

    @property
    def variants(self) -> list[VariantResult]:
        return [self.a, self.b]

    @property
    def difference(self) -> float | None:
        """B's rate minus A's."""
        if self.a.rate is None or self.b.rate is None:
            return None
        return self.b.rate - self.a.rate

    @property
    def difference_interval(self) -> stats.Interval | None:
        return stats.newcombe(self.a.counted, self.a.exposures, self.b.counted, self.b.exposures)

    @property
    def verdict(self) -> Verdict:
        if min(self.a.exposures, self.b.exposures) < self.minimum:
            return Verdict.NOT_ENOUGH
        interval = self.difference_interval
        if interval.low > 0:
            return Verdict.B_BETTER
        if interval.high < 0:
            return Verdict.A_BETTER
        return Verdict.NO_CLEAR_DIFFERENCE


def results(*, experiment: Experiment) -> Results:
    counts = {row.variant: row for row in VariantCount.objects.filter(experiment=experiment)}

    def of(variant: str) -> VariantResult:
        row = counts.get(variant)
        return VariantResult(
            variant=variant,
            exposures=row.exposures if row else 0,
            conversions=row.conversions if row else 0,
        )

    return Results(a=of(Variant.A), b=of(Variant.B))
