from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from . import kinds
from .kinds import Delivery, Kind


class Notification(models.Model):
    """Something that happened that a member should know about, shown in their bell.

    Only the kind and plain parameters are stored; the text is rendered when shown, in the
    reader's language (`kinds.py`). `delivery` records how the member wanted this kind
    emailed when it happened; `emailed_at` is set once its email was handed to the queue,
    on its own or in a digest.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=40, choices=Kind)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Where opening it leads: a path on this site, without a language prefix.
    url = models.CharField(_("link"), max_length=1000)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    delivery = models.CharField(_("email"), max_length=10, choices=Delivery)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The bell's unread count and "mark all read".
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            # The list, newest first.
            models.Index(fields=["recipient", "-created_at"], name="notification_inbox"),
            # The daily digest's work: small, as rows leave it once emailed.
            models.Index(
                fields=["recipient"],
                name="notification_digest_due",
                condition=models.Q(delivery="digest", emailed_at__isnull=True),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.recipient}"

    @cached_property
    def text(self) -> str:
        """What it says, in the active language; plain text, escaped where shown."""
        return kinds.render(self.kind, self.params)

    @property
    def excerpt(self) -> str:
        return str(self.params.get("excerpt") or "")

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationPreference(models.Model):
    """How a member wants one kind emailed, where it differs from the default of `kinds.py`.
    Every notification is shown in the academy whatever this says."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    kind = models.CharField(_("kind"), max_length=40, choices=Kind)
    delivery = models.CharField(_("email"), max_length=10, choices=Delivery)

    class Meta:
        verbose_name = _("notification setting")
        verbose_name_plural = _("notification settings")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")
        ]

    def __str__(self):
        return f"{self.user}: {self.get_kind_display()} → {self.get_delivery_display()}"
