from django import forms
from django.utils.translation import gettext_lazy as _

from .selectors import discussion_pages
from .services.threads import BODY_MAX, TITLE_MAX

BODY_HELP = _(
    "Markdown works: **bold**, *italic*, `code`, lists, > quotes and links. "
    "Mention a member with @username."
)


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=BODY_HELP,
    )


class ThreadForm(PostForm):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX,
        help_text=_("Your question or topic in one line."),
    )
    field_order = ["title", "body"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].label = _("Details")
        self.fields["body"].widget.attrs["rows"] = 7


class EditForm(ThreadForm):
    """Edit a post; the title is only asked for a thread's opening post."""

    def __init__(self, *args, with_title: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].label = _("Text")
        if not with_title:
            del self.fields["title"]


class MoveForm(forms.Form):
    page = forms.ModelChoiceField(label=_("Move to the discussion of"), queryset=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form: which pages are public is read from the database.
        self.fields["page"].queryset = discussion_pages().order_by("path")


class HideForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the author (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
