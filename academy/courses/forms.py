from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Language, Length, LessonFeedback, Level, PracticeReport, Topic


class CatalogueFilterForm(forms.Form):
    """The catalogue's filters, read from the query string; an unknown value is ignored."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("Any level")), *Level.choices]
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("Any language")), *Language.choices]
    )
    length = forms.ChoiceField(
        label=_("Length"),
        required=False,
        choices=[("", _("Any length")), *Length.choices],
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("newest", _("Newest")),
            ("popular", _("Most learners")),
            ("rated", _("Best rated")),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, f"— {topic.name}" if topic.parent_id else topic.name)
            for topic in _topics_in_tree_order()
        ]

    def cleaned_or_empty(self) -> dict:
        """The valid filters only: a bad value in a shared link drops that filter, not all."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


def _topics_in_tree_order() -> list[Topic]:
    topics = list(Topic.objects.select_related("parent"))
    roots = [topic for topic in topics if topic.parent_id is None]
    ordered = []
    for root in roots:
        ordered.append(root)
        ordered.extend(topic for topic in topics if topic.parent_id == root.pk)
    return ordered


class FeedbackForm(forms.ModelForm):
    rating = forms.TypedChoiceField(
        label=_("How useful was this lesson?"),
        coerce=int,
        choices=[(n, str(n)) for n in range(1, 6)],
        widget=forms.RadioSelect,
        help_text=_("1 means not useful, 5 means very useful."),
    )

    class Meta:
        model = LessonFeedback
        fields = ["rating", "comment"]
        labels = {"comment": _("Anything to add? (optional)")}
        widgets = {"comment": forms.Textarea(attrs={"rows": 3})}


class PracticeReportForm(forms.ModelForm):
    class Meta:
        model = PracticeReport
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}
