"""What members write renders as a small markdown; HTML and scripts never run."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from academy.community import services
from academy.community.text import render

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<svg/onload=alert(1)>",
    '"><iframe src="https://evil.example"></iframe>',
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<details open ontoggle="alert(1)">',
    "`<b>` and ```\n<script>alert(2)</script>\n```",
]


def _dangerous(soup: BeautifulSoup) -> list[str]:
    found = []
    for tag in soup.find_all(True):
        if tag.name in {"script", "img", "iframe", "svg", "details", "object", "embed"}:
            found.append(tag.name)
        for name, value in tag.attrs.items():
            if name.startswith("on"):
                found.append(name)
            if name == "href" and not str(value).startswith(("http", "/", "mailto:")):
                found.append(str(value))
    return found


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_render_inert(payload):
    assert _dangerous(BeautifulSoup(render(payload).html, "html.parser")) == []


def test_markdown_basics_render():
    html = render("**bold** *it* `code`\n\n- one\n- two\n\n> quoted\n\n[site](https://e.org)").html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.strong.text == "bold"
    assert soup.em.text == "it"
    assert soup.code.text == "code"
    assert [li.text for li in soup.find_all("li")] == ["one", "two"]
    assert soup.blockquote.text.strip() == "quoted"
    assert soup.a["href"] == "https://e.org"
    assert soup.a["rel"] == ["nofollow", "ugc", "noopener"]


def test_mentions_link_existing_members_outside_code_and_links(scene):
    rendered = render("Thanks @tara and @nobody! `@lena` [@cora](https://e.org) mail@tara.org")
    soup = BeautifulSoup(rendered.html, "html.parser")
    mentions = soup.find_all("a", class_="mention")
    assert [a.text for a in mentions] == ["@tara"]
    assert mentions[0]["href"] == reverse("peers:profile", args=["tara"])
    assert [member.username for member in rendered.mentioned] == ["tara"]
    assert "@nobody" in soup.text


def test_stored_payloads_render_inert_on_the_thread_page(client, scene):
    thread = services.start_thread(
        author=scene["learner"],
        page=scene["lesson"],
        title='<b onmouseover="alert(1)">Bold</b> question<script>alert(2)</script>',
        body="\n\n".join(PAYLOADS),
    )
    services.reply(author=scene["teacher"], thread=thread, body=PAYLOADS[1])
    page = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    soup = BeautifulSoup(page, "html.parser")
    posts = soup.select(".post__body")
    assert len(posts) == 2
    for post in posts:
        assert _dangerous(post) == []
    assert "alert" not in "".join(script.text for script in soup.find_all("script"))
    assert soup.h1.text == "Bold question"
