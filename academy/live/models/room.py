"""The live room's rows: everything said and done in a session is stored before it is
broadcast, numbered per session by `SessionState.last_event_id`."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionState(models.Model):
    """What changes about a session outside its page revisions: the room's event counter and
    controls, cancellation, and the calendar sequence. Kept off the page so that publishing a
    revision never rolls any of it back. Its row is the lock taken by registrations."""

    session = models.OneToOneField(
        "live.LiveSessionPage", on_delete=models.CASCADE, primary_key=True, related_name="state"
    )
    last_event_id = models.PositiveBigIntegerField(default=0)
    chat_closed = models.BooleanField(default=False)
    ended_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # The calendar's SEQUENCE, raised whenever what a calendar shows changes, with the values
    # it was last raised for.
    calendar_sequence = models.PositiveIntegerField(default=0)
    calendar_fingerprint = models.CharField(max_length=64, blank=True)
    well_hosted_awarded = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("session state")
        verbose_name_plural = _("session states")

    def __str__(self):
        return f"state of {self.session_id}"


class RoomEvent(models.Model):
    """One numbered event of a room, kept so that a client can resume from the last id it saw."""

    session = models.ForeignKey("live.LiveSessionPage", on_delete=models.CASCADE, related_name="+")
    event_id = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=32)
    payload = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "event_id"], name="one_event_per_room_id")
        ]

    def __str__(self):
        return f"{self.session_id}#{self.event_id} {self.kind}"


class Participant(models.Model):
    """A member in a room: attendance from joins and heartbeats, and the host's controls."""

    session = models.ForeignKey(
        "live.LiveSessionPage", on_delete=models.CASCADE, related_name="participants"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_participations"
    )
    first_seen_at = models.DateTimeField()
    last_seen_at = models.DateTimeField()
    seconds_present = models.PositiveIntegerField(default=0)
    # Open connections across every server process; presence also needs a recent heartbeat,
    # so a process that died without saying goodbye cannot keep anyone present.
    connections = models.IntegerField(default=0)
    muted = models.BooleanField(default=False)
    removed = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_participant_per_member")
        ]

    def __str__(self):
        return f"{self.user} in {self.session_id}"

    @property
    def minutes_present(self) -> int:
        return round(self.seconds_present / 60)


class ChatMessage(models.Model):
    session = models.ForeignKey(
        "live.LiveSessionPage", on_delete=models.CASCADE, related_name="chat_messages"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("chat message")
        verbose_name_plural = _("chat messages")
        indexes = [models.Index(fields=["session", "-id"])]

    def __str__(self):
        return self.text[:60]


class Question(models.Model):
    session = models.ForeignKey(
        "live.LiveSessionPage", on_delete=models.CASCADE, related_name="questions"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(max_length=500)
    votes = models.PositiveIntegerField(default=0)
    answered = models.BooleanField(default=False)
    pinned = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # "Answer in a lesson": the host's follow-up for a question left open.
    follow_up_at = models.DateTimeField(_("follow-up asked at"), null=True, blank=True)
    follow_up_done_at = models.DateTimeField(_("follow-up done at"), null=True, blank=True)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text[:60]


class QuestionVote(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="vote_rows")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "user"], name="one_vote_per_question")
        ]

    def __str__(self):
        return f"{self.user} ↑ {self.question_id}"


class Hand(models.Model):
    """A raised hand; the queue is the open hands in the order they were raised."""

    session = models.ForeignKey("live.LiveSessionPage", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    raised_at = models.DateTimeField(auto_now_add=True)
    lowered_at = models.DateTimeField(null=True, blank=True)
    called_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=models.Q(lowered_at__isnull=True),
                name="one_raised_hand_per_member",
            )
        ]

    def __str__(self):
        return f"{self.user} ✋ {self.session_id}"


class SessionFeedback(models.Model):
    session = models.ForeignKey(
        "live.LiveSessionPage", on_delete=models.CASCADE, related_name="feedback"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(
        _("how useful was it"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    will_try = models.CharField(_("what will you try"), max_length=300)
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("session feedback")
        verbose_name_plural = _("session feedback")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_feedback_per_session")
        ]

    def __str__(self):
        return f"{self.user}: {self.score}/5 for {self.session_id}"
