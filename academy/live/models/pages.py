import zoneinfo
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from academy.courses.models import Language, Level

from ..admin_forms import LiveSessionPageForm

TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


def meeting_link_lead() -> timedelta:
    """How long before the start registered attendees see the meeting link."""
    return timedelta(minutes=getattr(settings, "LIVE_MEETING_LINK_LEAD_MINUTES", 15))


def room_open_lead() -> timedelta:
    """How long before the start attendees may enter the live room."""
    return timedelta(minutes=getattr(settings, "LIVE_ROOM_OPEN_LEAD_MINUTES", 15))


class SessionsIndexPage(Page):
    """Live sessions: upcoming ones with filters, past ones with their recaps."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["live.LiveSessionPage"]
    max_count = 1
    # Seats left and which sessions are upcoming change with registrations and the clock,
    # not on publish: never cached for visitors (decision 43).
    cache_for_visitors = False

    class Meta:
        verbose_name = _("sessions index")

    def get_context(self, request, *args, **kwargs):
        from ..views.listing import sessions_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(sessions_index_context(request, index_page=self))
        return context


class LiveSessionPage(Page):
    """One live session, from scheduling to recap. Video happens in the host's meeting tool;
    the academy keeps the registrations, the calendar, the live room and the recap."""

    description = models.TextField(_("description"), max_length=2000)
    host = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("host"),
        on_delete=models.PROTECT,
        related_name="hosted_sessions",
    )
    cohosts = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("co-hosts"),
        blank=True,
        related_name="cohosted_sessions",
        help_text=_("Peer teachers or mentors of the topic who share the host's controls."),
    )
    topic = models.ForeignKey(
        "courses.Topic", verbose_name=_("topic"), on_delete=models.PROTECT, related_name="sessions"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
        help_text=_("The course this session belongs to, if any."),
    )
    level = models.CharField(_("level"), max_length=20, choices=Level, default=Level.BEGINNER)
    language = models.CharField(
        _("language"), max_length=5, choices=Language, default=Language.ENGLISH
    )
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=[(name, name) for name in TIME_ZONES],
        default="Europe/Berlin",
        help_text=_("Start and end are entered in this time zone; members see their own."),
    )
    capacity = models.PositiveIntegerField(
        _("seats"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(5000)],
        help_text=_("When every seat is taken, members join a waitlist."),
    )
    meeting_url = models.URLField(
        _("meeting link"),
        max_length=500,
        help_text=_("Shown only to registered attendees, shortly before the start."),
    )
    recording_url = models.URLField(
        _("recording link"), max_length=500, blank=True, help_text=_("Shown after the session.")
    )
    featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_("Curators feature sessions from the console; featured ones are listed first."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("time_zone"),
                FieldPanel("capacity"),
            ],
            heading=_("When and how many"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topic", widget=forms.Select),
                FieldPanel("course"),
                FieldPanel("level"),
                FieldPanel("language"),
            ],
            heading=_("Where it belongs"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("host", widget=forms.Select),
                FieldPanel("cohosts", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who hosts"),
        ),
        MultiFieldPanel(
            [FieldPanel("meeting_url"), FieldPanel("recording_url")], heading=_("Links")
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("level"),
        index.FilterField("language"),
        index.FilterField("starts_at"),
        index.RelatedFields("topic", [index.SearchField("name"), index.FilterField("slug")]),
    ]

    api_fields = ["description", "starts_at", "ends_at", "level", "language", "topic"]

    parent_page_types = ["live.SessionsIndexPage"]
    subpage_types: list[str] = []
    base_form_class = LiveSessionPageForm
    # Started, over and cancelled change with the clock and the hosts, not on publish: never
    # cached for visitors (decision 43).
    cache_for_visitors = False

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")

    def permissions_for_user(self, user):
        from ..page_permissions import SessionPermissionTester

        return SessionPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        from ..views.session import session_context

        context = super().get_context(request, *args, **kwargs)
        context.update(session_context(request, session=self))
        return context

    @property
    def local_zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def host_ids(self) -> set[int]:
        return {self.host_id, *(user.pk for user in self.cohosts.all())}

    def has_started(self, now=None) -> bool:
        return (now or timezone.now()) >= self.starts_at

    def room_opens_at(self):
        return self.starts_at - room_open_lead()

    def meeting_link_shown_from(self):
        return self.starts_at - meeting_link_lead()
