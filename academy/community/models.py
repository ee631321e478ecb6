"""Discussions: threads under a course or a lesson, their posts, votes, edit history, and
answers offered back to a lesson as improvements."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Thread(models.Model):
    """A question or conversation under one course or lesson page.

    Its text is its opening post, which carries the state readers go by (held, hidden,
    removed); the thread itself holds what belongs to the conversation as a whole.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="discussion_threads"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="threads"
    )
    title = models.CharField(_("title"), max_length=150)
    opening = models.OneToOneField(
        "community.Post", null=True, on_delete=models.CASCADE, related_name="opened_thread"
    )
    is_seed = models.BooleanField(
        _("conversation starter"),
        default=False,
        help_text=_("Opened by the academy to start a conversation; shown on the course page."),
    )
    pinned_at = models.DateTimeField(null=True, blank=True)
    locked_at = models.DateTimeField(null=True, blank=True)
    accepted_answer = models.OneToOneField(
        "community.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("discussion thread")
        verbose_name_plural = _("discussion threads")
        indexes = [models.Index(fields=["page", "-last_activity_at"], name="thread_page_activity")]

    def __str__(self):
        return self.title

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None

    @property
    def is_pinned(self) -> bool:
        return self.pinned_at is not None


class Post(models.Model):
    """The opening text of a thread or a reply in it. Nothing is deleted: moderators hide."""

    class State(models.TextChoices):
        VISIBLE = "visible", _("Visible")
        HELD = "held", _("Held for review")
        HIDDEN = "hidden", _("Hidden after reports, waiting for a moderator")
        REMOVED = "removed", _("Removed by a moderator")

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_posts"
    )
    body = models.TextField(_("text"), max_length=10_000)
    # The body rendered from its markdown-ish source and cleaned, once per write.
    body_html = models.TextField(editable=False)
    state = models.CharField(_("state"), max_length=10, choices=State, default=State.VISIBLE)
    score = models.PositiveIntegerField(_("upvotes"), default=0)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("discussion post")
        verbose_name_plural = _("discussion posts")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["thread", "created_at"], name="post_thread_created"),
            models.Index(fields=["author", "created_at"], name="post_author_created"),
            models.Index(fields=["state"], name="post_state"),
        ]

    def __str__(self):
        return f"{self.author} in {self.thread}"

    @property
    def is_opening(self) -> bool:
        return self.thread.opening_id == self.pk


class PostRevision(models.Model):
    """The text a post had before an edit; moderators read the history."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    title = models.CharField(max_length=150, blank=True)
    body = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("post revision")
        verbose_name_plural = _("post revisions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.post} before {self.created_at:%Y-%m-%d %H:%M}"


class Vote(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_votes"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("upvote")
        verbose_name_plural = _("upvotes")
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="one_vote_per_post")]

    def __str__(self):
        return f"{self.user} → {self.post}"


class LessonSuggestion(models.Model):
    """An answer offered to a lesson's authors as an improvement of the lesson."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        APPLIED = "applied", _("Applied")
        DECLINED = "declined", _("Declined")

    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="suggestions"
    )
    post = models.OneToOneField(Post, on_delete=models.CASCADE, related_name="suggestion")
    suggested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("lesson improvement suggestion")
        verbose_name_plural = _("lesson improvement suggestions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.lesson}: {self.post}"
