from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..reputation import Cause


class ReputationEvent(models.Model):
    """One entry of the append-only reputation ledger.

    `cause_key` names the single real-world cause of the entry (for example
    "kudos_received:lesson=12:from=7"), so a double click, a replayed event or a re-run of a
    command can never count twice. `points` is what the entry was worth when it was recorded,
    after the daily cap.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reputation_events"
    )
    topic = models.ForeignKey(
        "courses.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cause = models.CharField(_("cause"), max_length=40, choices=Cause)
    cause_key = models.CharField(max_length=200, unique=True)
    points = models.IntegerField(_("points"))
    source_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("reputation event")
        verbose_name_plural = _("reputation events")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "created_at"])]

    def __str__(self):
        return f"{self.user} {self.points:+d} ({self.cause})"


class ReputationTotal(models.Model):
    """A member's reputation, overall (topic empty) and per topic, derived from the ledger."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reputation_totals"
    )
    topic = models.ForeignKey(
        "courses.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    points = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("reputation total")
        verbose_name_plural = _("reputation totals")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "topic"],
                condition=models.Q(topic__isnull=False),
                name="one_total_per_topic",
            ),
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(topic__isnull=True), name="one_overall_total"
            ),
        ]

    def __str__(self):
        return f"{self.user}: {self.points}"
