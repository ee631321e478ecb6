from django import forms
from django.utils.translation import gettext_lazy as _

from academy.courses.models import Language, Level, Topic

from .models import SessionFeedback


class SessionFilterForm(forms.Form):
    topic = forms.ModelChoiceField(
        Topic.objects.all(),
        required=False,
        empty_label=_("All topics"),
        label=_("Topic"),
        to_field_name="slug",
    )
    level = forms.ChoiceField(
        choices=[("", _("All levels")), *Level.choices], required=False, label=_("Level")
    )
    language = forms.ChoiceField(
        choices=[("", _("All languages")), *Language.choices], required=False, label=_("Language")
    )

    def cleaned_or_empty(self) -> dict:
        if not self.is_valid():
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}


class SessionFeedbackForm(forms.ModelForm):
    class Meta:
        model = SessionFeedback
        fields = ["score", "will_try", "comment"]
        widgets = {
            "score": forms.RadioSelect(choices=[(score, str(score)) for score in range(1, 6)]),
            "comment": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "score": _("1 is not useful, 5 is very useful."),
            "will_try": _("One thing you will put into practice."),
            "comment": _("Optional, seen only by the hosts."),
        }


class CancelSessionForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is it cancelled?"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional. It is sent to everyone registered or on the waitlist."),
    )
