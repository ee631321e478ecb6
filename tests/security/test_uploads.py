"""Uploads are checked for their type and size before anything is stored: a teacher's
wrong or oversized file gets a clear error, and neither a document, an image nor a file
is kept."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from academy.peers.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
# Other tests of this package may share an academy with documents and images of its own.
TITLE = "Uploaded in a security test"


@pytest.fixture
def teacher_client(client):
    client.force_login(UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")]))
    return client


def _png(width=8, height=8) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def _upload(client, kind: str, name: str, content: bytes, content_type: str):
    return client.post(
        reverse(f"wagtail{kind}:add"),
        {
            "title": TITLE,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


def _errors(response) -> str:
    assert response.status_code == 200, "a refused upload stays on the form"
    return response.content.decode()


def test_a_pdf_within_the_limit_is_kept(teacher_client):
    response = _upload(
        teacher_client, "docs", "formats.pdf", b"%PDF-1.4 formats", "application/pdf"
    )

    assert response.status_code == 302
    assert get_document_model().objects.filter(title=TITLE).count() == 1


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("page.html", "text/html"),
        ("script.js", "text/javascript"),
        ("drawing.svg", "image/svg+xml"),
        ("setup.exe", "application/octet-stream"),
        ("formats.pdf.html", "text/html"),
    ],
)
def test_a_document_of_another_type_is_refused(teacher_client, name, content_type):
    payload = b"<script>alert(1)</script>"

    page = _errors(_upload(teacher_client, "docs", name, payload, content_type))

    extension = name.rsplit(".", 1)[1]
    assert f"File extension “{extension}” is not allowed" in page
    assert not get_document_model().objects.filter(title=TITLE).exists()


def test_a_document_over_ten_megabytes_is_refused(teacher_client):
    big = b"%PDF-1.4 " + b"0" * (10 * MB)

    page = _errors(_upload(teacher_client, "docs", "big.pdf", big, "application/pdf"))

    assert "This file is too big" in page
    assert not get_document_model().objects.filter(title=TITLE).exists()


def test_text_named_as_a_picture_is_not_an_image(teacher_client):
    page = _errors(_upload(teacher_client, "images", "photo.png", b"<svg onload=x>", "image/png"))

    assert "Upload a valid image. The file you uploaded was either not an image" in page
    assert not get_image_model().objects.filter(title=TITLE).exists()


def test_an_svg_image_is_refused(teacher_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'

    page = _errors(_upload(teacher_client, "images", "logo.svg", svg, "image/svg+xml"))

    assert "Not a supported image format" in page
    assert not get_image_model().objects.filter(title=TITLE).exists()


def test_an_image_over_ten_megabytes_is_refused(teacher_client):
    big = _png() + b"\0" * (10 * MB)

    page = _errors(_upload(teacher_client, "images", "big.png", big, "image/png"))

    assert "This file is too big" in page
    assert not get_image_model().objects.filter(title=TITLE).exists()


def test_a_small_png_is_kept(teacher_client):
    response = _upload(teacher_client, "images", "notes.png", _png(), "image/png")

    assert response.status_code == 302
    assert get_image_model().objects.get(title=TITLE).width == 8
