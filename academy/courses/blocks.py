"""Blocks a peer teacher writes lessons with, on top of the site's shared blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from cms.blocks import RICH_TEXT_FEATURES, SharedStreamBlock

CODE_LANGUAGES = [
    ("python", "Python"),
    ("javascript", "JavaScript"),
    ("bash", "Shell"),
    ("html", "HTML"),
    ("css", "CSS"),
    ("sql", "SQL"),
    ("yaml", "YAML"),
    ("json", "JSON"),
    ("text", _("Plain text")),
]


class CodeBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(label=_("Language"), choices=CODE_LANGUAGES, default="text")
    code = blocks.TextBlock(label=_("Code"), max_length=20_000)

    class Meta:
        icon = "code"
        label = _("Code")
        template = "courses/blocks/code.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("note", _("Note")), ("warning", _("Watch out"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "courses/blocks/callout.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("What is in it"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "courses/blocks/document.html"


class TriedInPracticeBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    context = blocks.TextBlock(label=_("Where and with whom"), max_length=600)
    what_we_did = blocks.RichTextBlock(label=_("What we did"), features=RICH_TEXT_FEATURES)
    what_happened = blocks.TextBlock(label=_("What happened"), max_length=600)

    class Meta:
        icon = "group"
        label = _("Tried in practice")
        template = "courses/blocks/practice.html"


class QuickCheckBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"), max_length=400)
    answer = blocks.TextBlock(label=_("Answer"), max_length=600)
    explanation = blocks.TextBlock(label=_("Why"), required=False, max_length=1000)

    class Meta:
        icon = "tick-inverse"
        label = _("Quick check")
        template = "courses/blocks/quick_check.html"


class LessonStreamBlock(SharedStreamBlock):
    """The site's shared blocks plus what lessons need."""

    code = CodeBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
    practice = TriedInPracticeBlock()
    quick_check = QuickCheckBlock()
