"""StreamField blocks shared by every page type of the academy."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

# Rich text features peers may use: no raw HTML, no embeds inside text.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "code"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "cms/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=40)
    page = blocks.PageChooserBlock(label=_("Link to a page"), required=False)
    url = blocks.URLBlock(label=_("…or to an address"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "cms/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Link to a page or to an address, not both or neither.")
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["href"] = value["page"].url if value.get("page") else value.get("url")
        return context


class SharedStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    image = ImageBlock(label=_("Image"), template="cms/blocks/image.html")
    embed = EmbedBlock(label=_("Video or embed"), help_text=_("A link to a video, e.g. YouTube."))
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
