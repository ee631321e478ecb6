from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from search.records import INDEXED_PAGE_TYPES


class PromoteForm(forms.Form):
    query = forms.CharField(label=_("Search"), max_length=100)
    page = forms.ModelChoiceField(
        label=_("Page to show first"),
        queryset=Page.objects.none(),
        help_text=_("Published courses, lessons and sessions."),
    )
    description = forms.CharField(
        label=_("Why it answers the search"), max_length=255, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = (
            Page.objects.live().type(*INDEXED_PAGE_TYPES).order_by("title")
        )
