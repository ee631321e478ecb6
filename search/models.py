"""What the catalogue search keeps: its database index, curators' synonyms, query counts and
the community's content requests."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Kind(models.TextChoices):
    COURSE = "course", _("Course")
    LESSON = "lesson", _("Lesson")
    PATH = "path", _("Learning path")
    SESSION = "session", _("Live session")
    TEACHER = "teacher", _("Teacher")


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    MEMBERS = "members", _("Signed-in members")


class CatalogueEntry(index.Indexed, models.Model):
    """One thing a learner can find, flattened for the database backend: a lesson carries its
    course's topic, level and language, so one query can filter and count every kind."""

    key = models.CharField(max_length=40, unique=True)
    kind = models.CharField(max_length=10, choices=Kind)
    page = models.OneToOneField(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    teacher = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    tags = models.TextField(blank=True)
    topic = models.ForeignKey(
        "courses.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    topic_name = models.CharField(max_length=80, blank=True)
    level = models.CharField(max_length=20, blank=True)
    language = models.CharField(max_length=5, blank=True)
    minutes = models.PositiveIntegerField(null=True, blank=True)
    length = models.CharField(max_length=10, blank=True)
    date = models.DateTimeField(null=True, blank=True)
    popularity = models.PositiveIntegerField(default=0)
    featured = models.BooleanField(default=False)
    audience = models.CharField(max_length=10, choices=Audience, default=Audience.EVERYONE)
    url = models.CharField(max_length=500)

    # The backend indexes each entry itself, in the transaction that writes it (see
    # backends/database.py), rather than in a task queued by every save.
    search_auto_update = False

    search_fields = [
        index.SearchField("title", boost=4),
        index.SearchField("topic_name", boost=2),
        index.SearchField("tags", boost=2),
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("topic"),
        index.FilterField("level"),
        index.FilterField("language"),
        index.FilterField("length"),
        index.FilterField("audience"),
        index.FilterField("featured"),
        index.FilterField("date"),
        index.FilterField("popularity"),
    ]

    class Meta:
        verbose_name = _("catalogue entry")
        verbose_name_plural = _("catalogue entries")
        indexes = [models.Index(fields=["kind", "topic", "level", "language", "length"])]

    def __str__(self):
        return self.title

    @property
    def search_config(self) -> str:
        """The PostgreSQL text search configuration that stems this entry's language."""
        from .backends.postgres import config_for_language

        return config_for_language(self.language)


class Term(models.Model):
    """A word of the catalogue's titles, topics and tags: what "did you mean" suggests from."""

    word = models.CharField(max_length=60, unique=True)
    initial = models.CharField(max_length=1)
    length = models.PositiveSmallIntegerField()
    frequency = models.PositiveIntegerField(default=1)

    class Meta:
        indexes = [models.Index(fields=["initial", "length"])]

    def __str__(self):
        return self.word


class Synonym(models.Model):
    """Words that mean the same to learners, such as "KM" and "knowledge management".
    A search for any of them also finds the others, on either backend."""

    term = models.CharField(_("term"), max_length=80, unique=True, help_text=_("For example: KM"))
    alternatives = models.TextField(
        _("means the same as"),
        max_length=600,
        help_text=_("One per line, for example: knowledge management"),
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = ["term", "alternatives"]

    class Meta:
        ordering = ["term"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.term

    def alternative_list(self) -> list[str]:
        return [line.strip() for line in self.alternatives.splitlines() if line.strip()]


class QueryCount(models.Model):
    """How often a normalised query was searched on a day, and how often it found little.
    Nothing about who searched is kept."""

    day = models.DateField()
    query = models.CharField(max_length=100)
    searches = models.PositiveIntegerField(default=0)
    zero_results = models.PositiveIntegerField(default=0)
    few_results = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "query"], name="one_query_count_per_day")
        ]
        indexes = [models.Index(fields=["query"])]

    def __str__(self):
        return f"{self.day} {self.query}"


class ContentRequest(models.Model):
    """A member asked the community for content the catalogue does not have yet."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ANSWERED = "answered", _("Answered")

    query = models.CharField(_("what was searched"), max_length=100)
    topic = models.ForeignKey(
        "courses.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="content_requests",
    )
    votes = models.PositiveIntegerField(_("votes"), default=0)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.OPEN)
    answer = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    # Set while curators show the request on the home page's "Wanted" list.
    wanted_since = models.DateTimeField(_("on the wanted list since"), null=True, blank=True)

    class Meta:
        ordering = ["-votes", "-created_at"]
        verbose_name = _("content request")
        verbose_name_plural = _("content requests")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "topic"],
                condition=models.Q(status="open"),
                name="one_open_request_per_query_and_topic",
            ),
            models.UniqueConstraint(
                fields=["query"],
                condition=models.Q(status="open", topic__isnull=True),
                name="one_open_request_per_query_without_topic",
            ),
        ]

    def __str__(self):
        return self.query


class ContentRequestVote(models.Model):
    """One member's vote for a request: asking counts as the first vote."""

    request = models.ForeignKey(ContentRequest, on_delete=models.CASCADE, related_name="voters")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["request", "user"], name="one_vote_per_request")
        ]

    def __str__(self):
        return f"{self.user_id} for {self.request_id}"
