from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Profile(models.Model):
    """What a member shows of themselves to other members."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("How other members see you. Leave empty to use your username."),
    )
    bio = models.TextField(
        _("about you"),
        max_length=2000,
        blank=True,
        help_text=_("What you work on, what you are learning, what you can help with."),
    )
    languages = models.JSONField(
        _("languages you speak"), default=list, blank=True, help_text=_("Shown on your profile.")
    )
    can_help_with = models.CharField(
        _("can help with"),
        max_length=200,
        blank=True,
        help_text=_("A few words, for example: running retrospectives, wiki gardening."),
    )
    hide_progress = models.BooleanField(
        _("hide my learning"),
        default=False,
        help_text=_("Other members do not see which courses you follow or completed."),
    )
    hide_from_search_engines = models.BooleanField(
        _("hide my profile from search engines"),
        default=False,
        help_text=_("Search engines are asked not to index your profile page."),
    )
    hide_from_leaderboards = models.BooleanField(
        _("leave me out of leaderboards"),
        default=False,
        help_text=_("Your name is not listed on the topic leaderboards."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return self.display_name or self.user.get_username()
