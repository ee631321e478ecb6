"""Cross-site scripting in a real browser: classic payloads go in through every field members
write (through the same forms and services as the site, so the product's own cleaning runs),
then Chromium opens every page that shows them, public, members' and admin, and the live room
whose script draws chat and questions itself.

A payload that runs calls `__xss(id)`; the test defines it in every frame before any script
of the page, records the ids, and fails on any dialog. Each page must also show the payloads
as inert text (their ids are visible) and keep no executable markup from them: no script of
theirs, no event handler attribute, no `javascript:` address, no `srcdoc`.
"""

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.db import connections
from django.test import Client
from playwright.sync_api import expect

from academy.community.models import Post
from academy.community.services import threads
from academy.courses import services as courses
from academy.live.services import recap, registration
from academy.peers import services as peers
from academy.peers.forms import BuddyMessageForm, ProfileForm
from academy.peers.models import BuddyRequest, Nomination, Profile, Welcome
from academy.peers.roles import Role
from academy.peers.services import moderation
from search import services as search
from tests.e2e.xss_payloads import PAYLOADS
from tests.factories import UserFactory, make_course, make_lesson, make_session
from tests.live.room_client import RoomClient, move_session

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

IDS = [payload.id for payload in PAYLOADS]
ALL_PAYLOADS = "\n\n".join(payload.text for payload in PAYLOADS)
# Typed into the live room by an attendee while the host watches, so the room's script draws
# them as events arrive (script, onerror, onload, srcdoc, an entity-encoded script); a few,
# as the room limits how fast one connection may send.
TYPED_LIVE = [PAYLOADS[i] for i in (0, 1, 2, 17, 18)]

RECORDER = """
(() => {
  const fired = [];
  const record = (id) => { fired.push(String(id)); };
  Object.defineProperty(window, "__xss", { value: record, writable: false });
  Object.defineProperty(window, "__xssFired", { get: () => fired.slice() });
})();
"""

# Markup that a payload left executable, wherever it is on the page.
LEFT_EXECUTABLE = """
() => {
  const found = [];
  const addresses = ["href", "src", "action", "formaction", "xlink:href", "data", "poster"];
  for (const element of document.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (tag === "script" && element.textContent.includes("__xss")) found.push("script element");
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
      if (name.startsWith("on") && value.includes("xss")) found.push(`${tag}[${name}]`);
      if (name === "srcdoc") found.push(`${tag}[srcdoc]`);
      if (addresses.includes(name) && /^(javascript|vbscript|data:text\\/html)/.test(value))
        found.push(`${tag}[${name}=${attribute.value}]`);
    }
  }
  return found;
}
"""


@dataclass
class Academy:
    """What the test built: the people, the pages and where the payloads are."""

    victim: object
    host: object
    mentor: object
    curator: object
    newcomer: object
    authors: list
    lesson: object
    thread: object
    session: object
    problems: list = field(default_factory=list)


def _fill_profile(user, payload) -> None:
    """As the profile form saves it."""
    profile = Profile.objects.get_or_create(user=user)[0]
    data = {"display_name": payload.text, "bio": ALL_PAYLOADS, "can_help_with": payload.text}
    form = ProfileForm(data, instance=profile)
    assert form.is_valid(), form.errors
    peers.update_profile(user=user, **form.cleaned_data)


def _speak_in_room(session, authors) -> None:
    """Each author says their payload in the chat and asks it as a question, each through
    their own websocket on the real consumer (one frame burst each)."""

    async def speak():
        for author, payload in zip(authors, PAYLOADS, strict=True):
            client = await RoomClient.open(session, author)
            await client.act("chat.send", "chat.message", text=payload.text)
            await client.act("question.ask", "question.updated", text=payload.text)
            await client.close()

    def run():
        try:
            asyncio.run(speak())
        finally:
            connections.close_all()

    # Playwright may keep an event loop in this thread: the room talks in a thread of its own.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(run).result()


def build_academy() -> Academy:
    """Every text field members write, filled with the payloads through the site's own
    forms and services: each author carries one payload in every field they own (name, "can
    help with", thread, reply, report note, feedback, practice story, content request,
    search, chat, question); longer texts (bios, posts, welcome, buddy request, nomination)
    hold them all, or as many as fit."""
    host = UserFactory(username="host", roles=[Role.PEER_TEACHER])
    victim = UserFactory(username="victim", roles=[Role.LEARNER])
    mentor = UserFactory(username="mentor", roles=[Role.MENTOR])
    curator = UserFactory(username="curator", is_staff=True, is_superuser=True)
    authors = [
        UserFactory(username=f"author{index:02d}", roles=[Role.LEARNER])
        for index in range(1, len(PAYLOADS) + 1)
    ]
    course = make_course(owner=host)
    lesson = make_lesson(course)
    session = make_session(host=host, starts_in=timedelta(days=1), capacity=len(authors) + 5)

    _fill_profile(victim, PAYLOADS[15])
    thread = threads.start_thread(
        author=victim, page=lesson, title=PAYLOADS[15].text, body=ALL_PAYLOADS
    )
    # A conversation starter (moderators and curators open them): shown on the course page.
    threads.start_thread(
        author=curator, page=course, title=PAYLOADS[9].text, body=ALL_PAYLOADS, seed=True
    )
    for author, payload in zip(authors, PAYLOADS, strict=True):
        _fill_profile(author, payload)
        threads.start_thread(author=author, page=lesson, title=payload.text, body=payload.text)
        threads.reply(author=author, thread=thread, body=f"@victim {payload.text}")
        moderation.flag_content(
            reporter=author, content=thread.opening, reason="other", note=payload.text
        )
        courses.give_feedback(user=author, lesson=lesson, rating=2, comment=payload.text)
        courses.report_practice(user=author, lesson=lesson, text=payload.text)
        search.ask_for_content(user=author, text=payload.text)
        search.record_search(text=payload.text, total=0)
        registration.register(user=author, session=session)
    # A newcomer's first post waits in the moderation queue.
    newcomer = UserFactory(username="newcomer")
    threads.reply(author=newcomer, thread=thread, body=ALL_PAYLOADS)
    assert Post.objects.filter(author=newcomer, state=Post.State.HELD).exists()
    peers.welcome_member(by=authors[0], member=newcomer, message=ALL_PAYLOADS)
    # Kept from before an edit, for moderators.
    threads.edit_post(
        editor=victim, post=thread.opening, body=f"{ALL_PAYLOADS}\n\nEdited.", title=thread.title
    )
    # Longer texts of the mentors' and curators' screens: as many payloads as fit.
    buddy_form = BuddyMessageForm({"message": ALL_PAYLOADS[:1000]})
    assert buddy_form.is_valid(), buddy_form.errors
    peers.request_buddy(teacher=host, topic=course.topic, **buddy_form.cleaned_data)
    peers.nominate(mentor=mentor, nominee=victim, topic=course.topic, reason=ALL_PAYLOADS[:1000])

    move_session(session, starts_in=timedelta(minutes=-5))
    _speak_in_room(session, authors)
    return Academy(victim, host, mentor, curator, newcomer, authors, lesson, thread, session)


def end_session_with_feedback(academy: Academy) -> None:
    move_session(academy.session, starts_in=timedelta(minutes=-90))
    for author, payload in zip(academy.authors, PAYLOADS, strict=True):
        text = payload.text
        recap.give_feedback(
            user=author, session=academy.session, score=4, will_try=text, comment=text
        )


def signed_in(academy: Academy, open_page, asgi_server, user):
    """A tab of its own for `user` (None: a visitor), signed in by session cookie, without
    the login form's round trip; any dialog it opens is a failure."""
    page = open_page()
    page.context.add_init_script(RECORDER)

    def on_dialog(dialog):
        academy.problems.append(f"{page.url}: {dialog.type} dialog {dialog.message!r}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    if user is not None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies["sessionid"].value
        page.context.add_cookies([{"name": "sessionid", "value": cookie, "url": asgi_server.url}])
    return page


def inspect(academy: Academy, page, where: str, visible=IDS) -> None:
    """Record what is wrong with the page as it stands: payloads that ran (in any frame),
    executable markup left from them, payload ids not shown as text."""
    problems = []
    for frame in page.frames:
        problems += [f"ran {ran}" for ran in frame.evaluate("() => window.__xssFired || []")]
        problems += frame.evaluate(LEFT_EXECUTABLE)
    text = page.locator("body").inner_text()
    if missing := [id_ for id_ in visible if id_ not in text]:
        problems.append(f"not shown as text: {missing}")
    if problems:
        academy.problems.append(f"{where}: {problems}")


def shown(stored: str) -> list[str]:
    """The payload ids a stored text still holds, which its page must show."""
    return [id_ for id_ in IDS if id_ in stored]


def visit(academy, page, path, visible=IDS) -> None:
    page.goto(path)
    page.wait_for_load_state("load")
    inspect(academy, page, path, visible)


def test_payloads_in_every_field_stay_text_on_every_page(open_page, asgi_server, screenshot_dir):
    academy = build_academy()
    session, lesson = academy.session, academy.lesson
    newest = IDS[-5:]  # pages that show the latest few, or the latest page of twenty
    newest_page = IDS[-20:]
    anonymous = signed_in(academy, open_page, asgi_server, None)
    victim = signed_in(academy, open_page, asgi_server, academy.victim)
    host = signed_in(academy, open_page, asgi_server, academy.host)
    attendee = signed_in(academy, open_page, asgi_server, academy.authors[0])
    mentor = signed_in(academy, open_page, asgi_server, academy.mentor)
    newcomer = signed_in(academy, open_page, asgi_server, academy.newcomer)
    curator = signed_in(academy, open_page, asgi_server, academy.curator)

    # Profiles: display name, bio and "can help with" of every author.
    for author in academy.authors:
        visit(academy, anonymous, f"/people/{author.username}/")
    visit(academy, anonymous, lesson.url, visible=newest)
    visit(academy, anonymous, lesson.get_parent().url, visible=[PAYLOADS[9].id])
    visit(academy, anonymous, f"/discussions/on/{lesson.pk}/", visible=newest_page[1:])
    visit(academy, anonymous, f"/discussions/{academy.thread.pk}/")
    anonymous.screenshot(path=screenshot_dir / "xss-thread.png", full_page=True)
    # The search page echoes the query: title, field, "nothing found for", the ask form.
    for payload in PAYLOADS:
        anonymous.goto(f"/search/?q={quote(payload.text, safe='')}")
        inspect(academy, anonymous, f"search {payload.id}", visible=[payload.id])
    visit(academy, anonymous, "/search/requests/", visible=newest_page)
    visit(academy, anonymous, "/", visible=[])  # the most wanted content requests

    visit(academy, victim, "/notifications/", visible=newest_page)
    visit(academy, victim, "/", visible=[PAYLOADS[15].id])
    visit(academy, victim, "/people/community/", visible=[])
    # The welcome's first words are quoted in the newcomer's notification.
    welcome = Welcome.objects.get().message[:190]
    visit(academy, newcomer, "/notifications/", visible=shown(welcome))
    visit(academy, mentor, "/people/community/", visible=shown(BuddyRequest.objects.get().message))

    # The live room: history drawn on arrival, then messages typed while the host watches.
    host.goto(f"/live/{session.pk}/room/")
    expect(host.locator("[data-connection]")).to_have_text("Live")
    expect(host.locator(".chat-message")).to_have_count(len(PAYLOADS))
    inspect(academy, host, "room history")
    attendee.goto(f"/live/{session.pk}/room/")
    expect(attendee.locator("[data-connection]")).to_have_text("Live")
    for payload in TYPED_LIVE:
        attendee.get_by_placeholder("Write a message…").fill(payload.text)
        attendee.get_by_role("button", name="Send").click()
        attendee.get_by_placeholder("Ask the hosts a question…").fill(payload.text)
        attendee.get_by_role("button", name="Ask").click()
    expect(host.locator(".chat-message")).to_have_count(len(PAYLOADS) + len(TYPED_LIVE))
    expect(host.locator(".question")).to_have_count(len(PAYLOADS) + len(TYPED_LIVE))
    inspect(academy, host, "room, live")
    inspect(academy, attendee, "room, attendee")
    host.screenshot(path=screenshot_dir / "xss-room.png", full_page=True)

    end_session_with_feedback(academy)
    visit(academy, host, f"/live/{session.pk}/recap/")
    visit(academy, host, session.url, visible=[])

    # Curators' and moderators' screens; those with no member text still get the checks.
    for path, visible in (
        ("/admin/moderation/", IDS),  # flag notes, the held post
        ("/admin/content-requests/", newest),
        ("/admin/console/", []),
        ("/admin/console/health/", IDS),  # lesson feedback comments
        ("/admin/my-courses/", []),
        ("/admin/suggestions/", []),
        ("/admin/roles/", []),
        ("/admin/nominations/", shown(Nomination.objects.get().reason)),
        (f"/discussions/posts/{academy.thread.opening_id}/history/", IDS),
    ):
        visit(academy, curator, path, visible)
    curator.screenshot(path=screenshot_dir / "xss-admin.png", full_page=True)

    assert not academy.problems, "\n".join(academy.problems)
