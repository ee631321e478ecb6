from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..admin_forms import CoursePageForm
from ..blocks import LessonStreamBlock
from ..panels import CourseFiguresPanel


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    GERMAN = "de", _("German")
    SPANISH = "es", _("Spanish")


class Length(models.TextChoices):
    """How long a course (or anything else in the catalogue) takes; bounds in `LENGTHS`."""

    SHORT = "short", _("Under an hour")
    MEDIUM = "medium", _("1 to 3 hours")
    LONG = "long", _("More than 3 hours")


class AuthoredPage(Page):
    """Pages of the catalogue: who may do what is decided with peers' authoring rules."""

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        from ..page_permissions import AuthoringPermissionTester

        return AuthoringPermissionTester(user, self)


class CatalogueIndexPage(AuthoredPage):
    """The catalogue: every published course below it, with filters, sort and pages."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage", "courses.LearningPathPage"]
    max_count = 1

    class Meta:
        verbose_name = _("catalogue")

    def get_context(self, request, *args, **kwargs):
        from ..views import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request, catalogue=self))
        return context


class CourseTag(TaggedItemBase):
    content_object = ParentalKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CoursePage(AuthoredPage):
    """A course: a summary and outcomes, with its lessons as child pages."""

    summary = models.TextField(_("summary"), max_length=300)
    outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=160))],
        verbose_name=_("what learners will be able to do"),
        blank=True,
        max_num=8,
    )
    prerequisites = models.TextField(_("prerequisites"), max_length=600, blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level, default=Level.BEGINNER)
    language = models.CharField(
        _("language"), max_length=5, choices=Language, default=Language.ENGLISH
    )
    topic = models.ForeignKey(
        "courses.Topic",
        verbose_name=_("topic"),
        on_delete=models.PROTECT,
        related_name="courses",
        help_text=_("What the course is about; mentors of this topic review it."),
    )
    related_topics = ParentalManyToManyField(
        "courses.Topic", verbose_name=_("related topics"), blank=True, related_name="+"
    )
    tags = ClusterTaggableManager(through=CourseTag, blank=True, verbose_name=_("tags"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    co_authors = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("co-authors"),
        blank=True,
        related_name="co_authored_courses",
        help_text=_("Peers who write this course with you; they can edit it too."),
    )
    featured = models.BooleanField(_("featured"), default=False)
    featured_order = models.PositiveSmallIntegerField(
        _("featured order"), default=0, help_text=_("Lower numbers are shown first.")
    )

    content_panels = [
        CourseFiguresPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        FieldPanel("prerequisites"),
        MultiFieldPanel(
            [
                # A plain select, so the list shows only topics this author may teach in.
                FieldPanel("topic", widget=forms.Select),
                FieldPanel("related_topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("level"),
                FieldPanel("language"),
            ],
            heading=_("Where it belongs"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("co_authors"),
    ]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [
                FieldPanel("featured", permission="courses.feature_course"),
                FieldPanel("featured_order", permission="courses.feature_course"),
            ],
            heading=_("Featuring (curators)"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("outcomes"),
        index.AutocompleteField("title"),
        index.FilterField("level"),
        index.FilterField("language"),
        index.FilterField("featured"),
        index.RelatedFields("topic", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    api_fields = ["summary", "level", "language", "topic", "tags"]

    parent_page_types = ["courses.CatalogueIndexPage"]
    subpage_types = ["courses.LessonPage"]
    base_form_class = CoursePageForm

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        permissions = [("feature_course", _("Can feature courses"))]

    def get_context(self, request, *args, **kwargs):
        from ..views import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(request, course=self))
        return context


class LessonPage(AuthoredPage):
    """One lesson of a course: short, practical, with a quick check at the end."""

    summary = models.TextField(_("summary"), max_length=300, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("minutes"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("About how long reading and trying it takes."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("title"),
    ]

    api_fields = ["summary", "estimated_minutes", "body"]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from ..views import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(request, lesson=self))
        return context


class LearningPathPage(AuthoredPage):
    """An ordered route through several courses, with the why of each step."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("steps", label=_("Steps"), min_num=1),
    ]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    api_fields = ["intro"]

    parent_page_types = ["courses.CatalogueIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("learning path")
        verbose_name_plural = _("learning paths")

    def get_context(self, request, *args, **kwargs):
        from ..views import learning_path_context

        context = super().get_context(request, *args, **kwargs)
        context.update(learning_path_context(request, path=self))
        return context


class LearningPathStep(Orderable):
    path = ParentalKey(LearningPathPage, on_delete=models.CASCADE, related_name="steps")
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="+"
    )
    why = models.TextField(_("why this step"), max_length=300)

    panels = [FieldPanel("course"), FieldPanel("why")]

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")
