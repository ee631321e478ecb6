from allauth.account.forms import LoginForm
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Flag, Profile
from .roles import Role
from .selectors.profiles import display_name


class ProfileForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "bio",
            "languages",
            "can_help_with",
            "hide_progress",
            "hide_from_search_engines",
            "hide_from_leaderboards",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 6})}


class SignInForm(LoginForm):
    """allauth's sign-in form, with a label that says what to type."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Username or email")


class NominationForm(forms.Form):
    """A mentor proposes a member as peer teacher in one of the topics the mentor mentors."""

    topic = forms.ModelChoiceField(label=_("Topic"), queryset=None, empty_label=None)
    reason = forms.CharField(
        label=_("Why is this member ready to teach?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Curators read this before they confirm. Name what you have seen them do."),
    )

    def __init__(self, *args, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = topics


class DecisionForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the member"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RoleForm(forms.Form):
    """Grant or revoke a role by hand (curators; curators themselves only by administrators)."""

    username = forms.CharField(label=_("Member (username)"), max_length=150)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=None,
        required=False,
        help_text=_("Only for peer teacher and mentor."),
    )
    note = forms.CharField(
        label=_("Note to the member"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when revoking: the member reads it."),
    )

    def __init__(self, *args, **kwargs):
        from academy.courses.models import Topic

        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.all()

    def clean_username(self):
        from django.contrib.auth import get_user_model

        username = self.cleaned_data["username"].strip()
        member = get_user_model().objects.filter(username=username, is_active=True).first()
        if member is None:
            raise forms.ValidationError(_("No active member has this username."))
        return member

    def clean(self):
        cleaned = super().clean()
        role = cleaned.get("role")
        if role and Role(role).is_topic_role and not cleaned.get("topic"):
            self.add_error("topic", _("Choose the topic of this role."))
        if role and not Role(role).is_topic_role:
            cleaned["topic"] = None
        return cleaned


# Community care ---------------------------------------------------------------------------


class BuddyMessageForm(forms.Form):
    """The optional note with a first-session buddy request or offer."""

    message = forms.CharField(
        label=_("Message (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class FlagForm(forms.Form):
    reason = forms.ChoiceField(label=_("What is wrong?"), choices=Flag.Reason.choices)
    note = forms.CharField(
        label=_("Anything moderators should know (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


def default_welcome(member) -> str:
    return _(
        "Hello %(name)s, welcome to Peer Academy! It is good to have you here. A short lesson "
        "is a nice way to start, and if you are unsure where to begin, reply to this message "
        "and I will gladly suggest one."
    ) % {"name": display_name(member)}


class WelcomeForm(forms.Form):
    message = forms.CharField(
        label=_("Your welcome"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Sent by email with your name. Make it personal."),
    )


class RemoveContentForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the author (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class SuspendForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("The member reads this."),
    )
    days = forms.IntegerField(label=_("Days"), min_value=1, max_value=365, initial=7)
