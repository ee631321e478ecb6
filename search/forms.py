from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from academy.courses.models import Language, Length, Level, Topic

from .models import Kind
from .query import FACETS, MAX_QUERY_LENGTH, Filters


class SearchForm(forms.Form):
    """The search page's query string. A too-long query is an error the page shows; an
    unknown filter value (from an old or edited link) is dropped, not the whole search."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": _("Searches are limited to %(limit_value)d characters.")},
    )
    kind = forms.MultipleChoiceField(label=_("Type"), required=False, choices=Kind.choices)
    topic = forms.MultipleChoiceField(label=_("Topic"), required=False)
    level = forms.MultipleChoiceField(label=_("Level"), required=False, choices=Level.choices)
    language = forms.MultipleChoiceField(
        label=_("Language"), required=False, choices=Language.choices
    )
    length = forms.MultipleChoiceField(label=_("Length"), required=False, choices=Length.choices)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("relevance", _("Best match")),
            ("newest", _("Newest")),
            ("popular", _("Most enrolled")),
        ],
    )
    page = forms.IntegerField(required=False, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = list(Topic.objects.values_list("slug", "name"))

    def search_arguments(self) -> dict:
        """What to search for, keeping every valid part of the request."""
        self.is_valid()
        data = self.cleaned_data
        text = data.get("q") or self.data.get("q", "")[:MAX_QUERY_LENGTH]
        valid = {name: tuple(self._valid_values(name)) for name in FACETS}
        return {
            "text": text,
            "filters": Filters(**valid),
            "sort": data.get("sort") or "relevance",
            "page": data.get("page") or 1,
        }

    def _valid_values(self, name: str) -> list[str]:
        if name in self.cleaned_data:
            return self.cleaned_data[name]
        allowed = {str(value) for value, _label in self.fields[name].choices}
        return [value for value in self.data.getlist(name) if value in allowed]


class ContentRequestForm(forms.Form):
    q = forms.CharField(max_length=MAX_QUERY_LENGTH, label=_("What are you looking for?"))
    topic = forms.ModelChoiceField(
        queryset=Topic.objects.all(), to_field_name="slug", required=False, label=_("Topic")
    )


class AnswerRequestForm(forms.Form):
    page = forms.ModelChoiceField(
        queryset=Page.objects.live(),
        label=_("The page that answers it"),
        widget=AdminPageChooser(),
        error_messages={"invalid_choice": _("Choose a published page.")},
    )
