"""Every block a peer teacher can write renders in a lesson, with user text escaped."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.models import Image

from tests.factories import make_course, make_lesson

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=demo"


def _image() -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return Image.objects.create(title="Board", file=ImageFile(buffer, name="board.png"))


def _document() -> Document:
    return Document.objects.create(
        title="Retro worksheet", file=ContentFile(b"worksheet", name="worksheet.txt")
    )


def test_every_lesson_block_renders(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    # A cached oEmbed answer, so the embed renders without the network.
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe title="demo video"></iframe>',
    )
    body = [
        {"type": "heading", "value": {"text": "Set the stage", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Start with <b>check-in</b>.</p>"},
        {
            "type": "image",
            "value": {"image": _image().pk, "decorative": False, "alt_text": "A board"},
        },
        {"type": "embed", "value": VIDEO_URL},
        {"type": "code", "value": {"language": "python", "code": "print('<b>hi</b>')"}},
        {
            "type": "callout",
            "value": {"kind": "warning", "title": "", "text": "<p>Timebox it.</p>"},
        },
        {"type": "document", "value": {"document": _document().pk, "description": "One page"}},
        {
            "type": "practice",
            "value": {
                "title": "In a library team",
                "context": "Six people, monthly.",
                "what_we_did": "<p>We used a timeline.</p>",
                "what_happened": "More voices spoke up.",
            },
        },
        {
            "type": "quick_check",
            "value": {
                "question": "Why check in?",
                "answer": "To hear everyone.",
                "explanation": "",
            },
        },
        {"type": "quote", "value": {"quote": "Look back to leap forward.", "attribution": "Mei"}},
    ]
    lesson = make_lesson(make_course("Blocks course"), "All blocks", body=body)
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    article = soup.select_one(".lesson-layout__main")

    assert article.find("h2", string="Set the stage")
    assert article.find("b", string="check-in")
    assert article.find("img", alt="A board")
    assert article.find("iframe", title="demo video")
    code = article.select_one(".code-block code.language-python")
    assert code.get_text() == "print('<b>hi</b>')"  # shown as text, not markup
    assert article.select_one(".callout--warning .callout__title").get_text() == "Watch out"
    download = article.select_one(".download a")
    assert "Retro worksheet" in download.get_text()
    assert download.has_attr("download")
    assert "More voices spoke up." in article.select_one(".practice").get_text()
    check = article.select_one(".quick-check")
    assert "Why check in?" in check.get_text()
    assert check.select_one("details summary").get_text() == "Show the answer"
    assert "Look back to leap forward." in article.select_one("blockquote").get_text()
