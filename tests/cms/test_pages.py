import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from academy.courses.models import Topic
from cms.blocks import CallToActionBlock
from cms.models import StandardPage

pytestmark = pytest.mark.django_db


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def test_home_page_renders_for_an_anonymous_visitor(client, home_page):
    Topic.objects.create(name="Facilitation", slug="facilitation", description="Running meetings.")
    response = client.get("/")
    assert response.status_code == 200
    text = _text(response)
    assert home_page.hero_heading in text
    assert "Facilitation" in text and "Running meetings." in text
    # Sections the courses and live apps fill later show a clear empty state until then.
    assert "The first courses are being written" in text
    assert "No live sessions scheduled yet" in text
    assert "Join for free" in text


def test_home_page_with_no_topics_says_so(client, home_page):
    assert "No topics yet" in _text(client.get("/"))


def test_page_shell_is_accessible(client, home_page):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.html["lang"] == "en"
    skip_link = soup.select_one("a.skip-link")
    assert skip_link["href"] == "#main"
    assert soup.select_one("main#main") is not None
    assert soup.select_one("nav[aria-label]") is not None
    assert len(soup.find_all("h1")) == 1


def test_standard_page_renders_every_shared_block(client, home_page):
    page = _publish_child(
        home_page,
        StandardPage(
            title="How it works",
            slug="how-it-works",
            intro="Peers teach peers.",
            show_in_menus=True,
            body=[
                {"type": "heading", "value": {"text": "Learn first", "level": "h2"}},
                {"type": "paragraph", "value": "<p>Enrol for <b>free</b>.</p>"},
                {"type": "quote", "value": {"quote": "It changed my work.", "attribution": "Ana"}},
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Ready?",
                        "text": "",
                        "button_label": "Join",
                        "page": None,
                        "url": "https://academy.example.org/join",
                    },
                },
            ],
        ),
    )
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("h2", string="Learn first")
    assert soup.find("b", string="free")
    assert (
        soup.select_one("blockquote.quote")
        .get_text(" ", strip=True)
        .startswith("It changed my work.")
    )
    assert soup.find("a", string="Join")["href"] == "https://academy.example.org/join"
    # Pages marked "show in menus" appear in the main navigation, current one marked.
    nav_link = soup.find("a", class_="nav__link", string="How it works")
    assert nav_link["aria-current"] == "page"


def test_call_to_action_needs_exactly_one_link():
    block = CallToActionBlock()
    base = {"heading": "Go", "text": "", "button_label": "Go", "page": None, "url": ""}
    with pytest.raises(ValidationError):
        block.clean(block.to_python(base))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**base, "url": "javascript:alert(1)"}))


def test_unknown_page_shows_the_styled_not_found_page(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We could not find that page" in _text(response)


def test_user_text_in_pages_is_escaped(client, home_page):
    page = _publish_child(
        home_page,
        StandardPage(title="<script>alert(1)</script>", slug="xss", intro="<img src=x onerror=1>"),
    )
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror=1>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
