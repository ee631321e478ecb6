from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from academy.courses.models import CatalogueIndexPage, Topic
from academy.experiments import assignment as experiment_assignment
from academy.experiments import selectors as experiment_selectors
from academy.live.models import SessionsIndexPage
from academy.pagecache import lifetime
from search import selectors as search_selectors

from . import selectors as home_selectors
from .blocks import SharedStreamBlock


class HomePage(Page):
    """The front door: what the academy is, what to learn next, and how to join."""

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_intro = models.TextField(_("hero introduction"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    join_heading = models.CharField(_("join heading"), max_length=120, blank=True)
    join_text = models.TextField(_("join text"), max_length=400, blank=True)
    body = StreamField(SharedStreamBlock(), verbose_name=_("more sections"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_intro"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        MultiFieldPanel([FieldPanel("join_heading"), FieldPanel("join_text")], heading=_("Join")),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_intro"),
        index.SearchField("body"),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = Topic.objects.filter(parent=None).prefetch_related("children")
        # The curated featured courses, or an experiment's variant B (decision 54).
        featured = experiment_selectors.home_featured(assignment=experiment_assignment.of(request))
        context["featured_courses"] = featured.courses
        context["featured_heading"] = featured.heading
        context["catalogue"] = CatalogueIndexPage.objects.live().first()
        context["sessions_index"] = SessionsIndexPage.objects.live().first()
        context["wanted"] = search_selectors.wanted_requests()
        if request.user.is_authenticated:
            context["home"] = home_selectors.member_home(user=request.user)
        else:
            sessions = home_selectors.upcoming_sessions()
            context["upcoming_sessions"] = sessions
            # The list is right until the first of its sessions ends.
            if sessions:
                lifetime.fresh_until(request, min(session.ends_at for session in sessions))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            # A member's home is theirs alone: no shared cache may keep it.
            patch_cache_control(response, private=True)
        return response


class StandardPage(Page):
    """About, how it works, code of conduct: any page built from the shared blocks."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(SharedStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    tagline = models.CharField(
        _("tagline"), max_length=120, blank=True, help_text=_("Shown under the name in the footer.")
    )
    footer_text = models.TextField(_("footer text"), max_length=400, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    panels = [FieldPanel("tagline"), FieldPanel("footer_text"), FieldPanel("contact_email")]

    class Meta:
        verbose_name = _("site settings")
