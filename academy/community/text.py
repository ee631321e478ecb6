"""Members write posts in a small markdown: paragraphs, emphasis, code, lists, quotes and
links, plus @mentions of members. Raw HTML is never passed through; the rendered HTML is
cleaned with nh3 again, so a renderer bug cannot open a hole either."""

import re
from dataclasses import dataclass, field

import nh3
from django.contrib.auth import get_user_model
from django.urls import reverse
from markdown_it import MarkdownIt
from markdown_it.token import Token

MENTION = re.compile(r"(?<![\w@/.])@([\w][\w.+-]*)")
MAX_MENTIONS = 10

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True}).disable(
    ["image", "heading", "lheading", "html_block", "html_inline", "table"], ignoreInvalid=True
)
ALLOWED_TAGS = {
    "p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "class"}, "ol": {"start"}}


@dataclass
class Rendered:
    html: str
    mentioned: list = field(default_factory=list)


def render(source: str) -> Rendered:
    """The post's HTML and the active members it mentions (at most `MAX_MENTIONS`)."""
    tokens = _markdown.parse(source)
    members = _mentioned_members(tokens)
    if members:
        for token in tokens:
            if token.type == "inline" and token.children:
                token.children = _link_mentions(token.children, members)
    html = _markdown.renderer.render(tokens, _markdown.options, {})
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    )
    return Rendered(html=cleaned, mentioned=list(members.values()))


def _mentionable_text(children: list[Token]):
    """Text tokens outside links (code spans are tokens of their own, never text)."""
    in_link = 0
    for child in children:
        if child.type == "link_open":
            in_link += 1
        elif child.type == "link_close":
            in_link -= 1
        elif child.type == "text" and not in_link:
            yield child


def _candidates(content: str) -> list[str]:
    return [match.group(1).rstrip(".+-") for match in MENTION.finditer(content)]


def _mentioned_members(tokens: list[Token]) -> dict:
    names: list[str] = []
    for token in tokens:
        if token.type == "inline" and token.children:
            for text in _mentionable_text(token.children):
                names.extend(name for name in _candidates(text.content) if name not in names)
    if not names:
        return {}
    model = get_user_model()
    found = model.objects.filter(
        **{f"{model.USERNAME_FIELD}__in": names[: MAX_MENTIONS * 3]}, is_active=True
    )
    by_name = {member.get_username(): member for member in found}
    # In the order of the text, so the first members mentioned are the ones notified.
    mentioned = [name for name in names if name in by_name][:MAX_MENTIONS]
    return {name: by_name[name] for name in mentioned}


def _link_mentions(children: list[Token], members: dict) -> list[Token]:
    result: list[Token] = []
    in_link = 0
    for child in children:
        if child.type in ("link_open", "link_close"):
            in_link += 1 if child.type == "link_open" else -1
        if child.type != "text" or in_link:
            result.append(child)
            continue
        result.extend(_split_mentions(child.content, members))
    return result


def _split_mentions(content: str, members: dict) -> list[Token]:
    pieces: list[Token] = []
    position = 0
    for match in MENTION.finditer(content):
        name = match.group(1).rstrip(".+-")
        if name not in members:
            continue
        start, end = match.start(), match.start() + 1 + len(name)
        pieces.append(_text(content[position:start]))
        link = Token("link_open", "a", 1, attrs={"href": _profile_url(name), "class": "mention"})
        pieces.extend([link, _text(f"@{name}"), Token("link_close", "a", -1)])
        position = end
    pieces.append(_text(content[position:]))
    return [piece for piece in pieces if piece.type != "text" or piece.content]


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _profile_url(username: str) -> str:
    return reverse("peers:profile", args=[username])
