"""A/B experiments on the home page's featured block (docs/experiments.md, decision 54).

Variant A is the featured courses as curators keep them (the control); variant B is a list
of courses chosen for the experiment. Visitors are told apart by a cookie that names only
the experiment and the letter: nothing here identifies a visitor. Exposures are two counters
per experiment; conversions are counted per variant too, and the rows that keep a member from
being counted twice exist only while the experiment runs.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Variant(models.TextChoices):
    A = "A", _("A: the featured courses (control)")
    B = "B", _("B: the experiment's courses")


class Experiment(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        RUNNING = "running", _("Running")
        STOPPED = "stopped", _("Stopped")

    # The most courses B may feature: as many as the home page shows (courses.selectors).
    MAX_B_COURSES = 6

    name = models.CharField(_("name"), max_length=120)
    hypothesis = models.TextField(
        _("hypothesis"),
        max_length=1000,
        blank=True,
        help_text=_("What you expect B to change, and why."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.DRAFT, editable=False
    )
    b_heading = models.CharField(
        _("heading of B"),
        max_length=120,
        blank=True,
        help_text=_("Shown above B's courses; empty keeps the usual heading."),
    )
    winner = models.CharField(_("kept variant"), max_length=1, choices=Variant, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    stopped_at = models.DateTimeField(_("stopped at"), null=True, blank=True)

    class Meta:
        verbose_name = _("experiment")
        verbose_name_plural = _("experiments")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # The home page has one featured block: two experiments on it would share visitors.
            models.UniqueConstraint(
                fields=["status"],
                condition=Q(status="running"),
                name="experiments_one_running",
            ),
            models.CheckConstraint(
                condition=Q(status="stopped") | Q(winner=""),
                name="experiments_winner_once_stopped",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def is_running(self) -> bool:
        return self.status == self.Status.RUNNING


class ExperimentCourse(models.Model):
    """One course of variant B, in the order B shows them."""

    experiment = models.ForeignKey(Experiment, on_delete=models.CASCADE, related_name="b_courses")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["experiment", "course"], name="experiments_course_once_in_b"
            )
        ]

    def __str__(self):
        return f"{self.experiment} B{self.position}: {self.course}"


class VariantCount(models.Model):
    """How many browsers were shown a variant, and how many members then enrolled: counters,
    raised with F() so that concurrent requests never lose a count."""

    experiment = models.ForeignKey(Experiment, on_delete=models.CASCADE, related_name="counts")
    variant = models.CharField(max_length=1, choices=Variant)
    exposures = models.PositiveIntegerField(default=0)
    conversions = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["experiment", "variant"], name="experiments_one_count_per_variant"
            )
        ]

    def __str__(self):
        return f"{self.experiment} {self.variant}: {self.conversions}/{self.exposures}"


class Conversion(models.Model):
    """A member who enrolled while the experiment ran, so that they count once. It names no
    variant, and all of an experiment's rows are deleted when it stops."""

    experiment = models.ForeignKey(Experiment, on_delete=models.CASCADE, related_name="conversions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["experiment", "user"], name="experiments_one_conversion_per_member"
            )
        ]

    def __str__(self):
        return f"{self.experiment}: {self.user_id}"
