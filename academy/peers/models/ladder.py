from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..roles import Role


class Standing(models.Model):
    """A ladder role a member holds: globally (topic empty) or in one topic.

    An earned standing is kept while its requirements hold; when they lapse it is marked at
    risk and removed after the grace period. A nominated or granted one is kept until a
    curator revokes it. A blocked row is not held: a curator revoked the role, and the
    ladder does not give it back by itself.
    """

    class Basis(models.TextChoices):
        EARNED = "earned", _("Earned")
        NOMINATED = "nominated", _("Nominated by a mentor, confirmed by a curator")
        GRANTED = "granted", _("Granted by a curator")
        BLOCKED = "blocked", _("Revoked by a curator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="standings"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role)
    topic = models.ForeignKey(
        "courses.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    basis = models.CharField(_("basis"), max_length=20, choices=Basis, default=Basis.EARNED)
    since = models.DateTimeField(_("since"), default=timezone.now)
    # The community-size factor of the bars when the role was earned: a growing community
    # raises the bars for newcomers, never for people who already cleared them.
    scale = models.FloatField(default=1.0)
    at_risk_since = models.DateTimeField(_("at risk since"), null=True, blank=True)
    unmet = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("standing")
        verbose_name_plural = _("standings")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "topic"],
                condition=models.Q(topic__isnull=False),
                name="one_standing_per_topic_role",
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=models.Q(topic__isnull=True),
                name="one_global_standing_per_role",
            ),
        ]

    def __str__(self):
        where = f" in {self.topic}" if self.topic_id else ""
        return f"{self.user}: {self.get_role_display()}{where}"

    @property
    def is_held(self) -> bool:
        return self.basis != self.Basis.BLOCKED


class RoleChange(models.Model):
    """The history of a member's roles, shown to them with the reasons."""

    class Kind(models.TextChoices):
        PROMOTED = "promoted", _("Promoted")
        AT_RISK = "at_risk", _("At risk")
        KEPT = "kept", _("Requirements met again")
        DEMOTED = "demoted", _("Role lapsed")
        GRANTED = "granted", _("Granted")
        REVOKED = "revoked", _("Revoked")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_changes"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role)
    topic = models.ForeignKey(
        "courses.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("change"), max_length=20, choices=Kind)
    basis = models.CharField(_("basis"), max_length=20, choices=Standing.Basis, blank=True)
    # Keys of the requirements that were not met (see ladder.py), rendered in the reader's
    # language when shown.
    unmet = models.JSONField(default=list, blank=True)
    note = models.TextField(_("note"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("role change")
        verbose_name_plural = _("role changes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.user}: {self.get_kind_display()} {self.get_role_display()}"

    @property
    def unmet_labels(self) -> list[str]:
        from ..ladder import REQUIREMENT_LABELS

        return [str(REQUIREMENT_LABELS.get(key, key)) for key in self.unmet]


class Nomination(models.Model):
    """A mentor proposes a member as peer teacher of a topic; a curator decides."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a curator")
        CONFIRMED = "confirmed", _("Confirmed")
        DECLINED = "declined", _("Declined")

    nominee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nominations"
    )
    topic = models.ForeignKey("courses.Topic", on_delete=models.CASCADE, related_name="+")
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nominations_made"
    )
    reason = models.TextField(_("why this member"), max_length=1000)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_note = models.TextField(_("note to the member"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["nominee", "topic"],
                condition=models.Q(status="pending"),
                name="one_pending_nomination_per_topic",
            )
        ]

    def __str__(self):
        return f"{self.nominee} for {self.topic}"


class Suspension(models.Model):
    """A moderator's time-out: while it runs the member keeps learning but may not teach,
    review, host, flag or welcome, and earns no new role."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suspensions"
    )
    reason = models.TextField(_("reason"), max_length=1000)
    starts_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(_("ends"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    lifted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("suspension")
        verbose_name_plural = _("suspensions")
        ordering = ["-starts_at"]

    def __str__(self):
        return f"{self.user} until {self.ends_at:%Y-%m-%d}"
