"""A live session from scheduling to recap, in real Chromium tabs on daphne: the teacher
schedules it in the admin, the learner registers and takes the calendar file, both meet in
the live room with another attendee, the connection drops and comes back without losing a
message, and both read the recap."""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.db import connections
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from academy.live.models import LiveSessionPage, SessionsIndexPage
from academy.live.protocol import Frame
from academy.live.services import room
from academy.peers.roles import Role
from tests.e2e import helpers
from tests.factories import UserFactory, make_topic
from tests.factories.users import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RECONNECT_TIMEOUT_MS = 30_000


@pytest.fixture
def people():
    make_topic("facilitation")
    return {
        "teacher": UserFactory(username="tomas", roles=[Role.PEER_TEACHER]),
        "learner": UserFactory(username="lena"),
        "attendee": UserFactory(username="priya"),
    }


def sign_in(page, username):
    helpers.sign_in(page, username, PASSWORD)


def schedule(page, shots):
    index = SessionsIndexPage.objects.get()
    page.goto(f"/admin/pages/add/live/livesessionpage/{index.pk}/")
    page.locator("#id_title").fill("Retro clinic: when nobody talks")
    page.locator("#id_description").fill("Bring a retrospective that went quiet.")
    tomorrow = (timezone.now() + timedelta(days=1)).strftime("%Y-%m-%d")
    page.locator("#id_starts_at").fill(f"{tomorrow} 18:00")
    page.locator("#id_ends_at").fill(f"{tomorrow} 19:00")
    page.locator("#id_capacity").fill("12")
    page.locator("#id_topic").select_option(label="Facilitation")
    page.locator("#id_meeting_url").fill("https://meet.example.org/retro-clinic")
    page.screenshot(path=shots / "live-1-schedule.png", full_page=True)
    page.locator("footer .w-dropdown__toggle").first.click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("published", exact=False).first).to_be_visible()
    return LiveSessionPage.objects.get()


def say_in_room(session, user, text):
    """Post through the room's service from another thread: this one runs Playwright's loop."""

    def post():
        try:
            room.perform(session_id=session.pk, user=user, frame=Frame("chat.send", {"text": text}))
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(post).result()


def enter_room(page, session):
    page.goto(f"/live/{session.pk}/room/")
    expect(page.locator("[data-connection]")).to_have_text("Live")


def test_a_session_from_scheduling_to_recap(people, open_page, asgi_server, screenshot_dir):
    shots = screenshot_dir
    teacher, learner, attendee = open_page(), open_page(), open_page()
    sign_in(teacher, "tomas")
    session = schedule(teacher, shots)
    assert session.live and session.host.username == "tomas"

    sign_in(learner, "lena")
    learner.goto("/sessions/")
    learner.get_by_role("link", name="Retro clinic: when nobody talks").click()
    learner.get_by_role("button", name="Save my seat, free").click()
    expect(learner.get_by_text("You have a seat.", exact=True)).to_be_visible()
    learner.screenshot(path=shots / "live-2-registered.png", full_page=True)
    with learner.expect_download() as download:
        learner.get_by_role("link", name="Add to calendar").click()
    event = Calendar.from_ical(download.value.path().read_bytes()).walk("VEVENT")[0]
    assert event.decoded("dtstart") == session.starts_at
    assert str(event["location"]) == "https://meet.example.org/retro-clinic"

    sign_in(attendee, "priya")
    attendee.goto(session.url)
    attendee.get_by_role("button", name="Save my seat, free").click()

    # The start time comes: the room opens.
    starts_at = timezone.now() - timedelta(minutes=1)
    LiveSessionPage.objects.filter(pk=session.pk).update(
        starts_at=starts_at, ends_at=starts_at + timedelta(hours=1)
    )
    for page in (teacher, learner, attendee):
        enter_room(page, session)

    learner.get_by_placeholder("Write a message…").fill("Hello from Lena")
    learner.get_by_role("button", name="Send").click()
    expect(teacher.locator(".chat-message")).to_contain_text(["Hello from Lena"])

    learner.get_by_placeholder("Ask the hosts a question…").fill(
        "How do I get quiet people to talk?"
    )
    learner.get_by_role("button", name="Ask").click()
    question = attendee.locator(".question", has_text="quiet people")
    question.locator(".question__vote").click()
    expect(
        learner.locator(".question", has_text="quiet people").locator(".question__vote")
    ).to_have_text("1")
    expect(question.locator(".question__vote")).to_have_attribute("aria-pressed", "true")
    teacher.locator(".question", has_text="quiet people").get_by_role(
        "button", name="Mark answered"
    ).click()
    expect(learner.locator(".question", has_text="quiet people")).to_contain_text("Answered")

    learner.get_by_role("button", name="Raise my hand").click()
    expect(teacher.locator(".hand")).to_contain_text(["lena"])
    teacher.get_by_role("button", name="Call the next hand").click()
    expect(learner.locator("[data-called]")).to_contain_text("it's your turn")
    learner.screenshot(path=shots / "live-3-room-learner.png", full_page=True)
    teacher.screenshot(path=shots / "live-4-room-host.png", full_page=True)

    # The connection drops; what is said meanwhile reaches Lena when she is back.
    asgi_server.stop()
    expect(learner.locator("[data-connection]")).not_to_have_text("Live")
    say_in_room(session, people["attendee"], "Said while Lena was away")
    asgi_server.start()
    expect(learner.locator(".chat-message", has_text="Said while Lena was away")).to_be_visible(
        timeout=RECONNECT_TIMEOUT_MS
    )
    expect(learner.locator("[data-connection]")).to_have_text("Live")
    expect(learner.locator(".chat-message", has_text="Hello from Lena")).to_have_count(1)
    expect(teacher.locator("[data-connection]")).to_have_text("Live", timeout=RECONNECT_TIMEOUT_MS)

    teacher.once("dialog", lambda dialog: dialog.accept())
    teacher.get_by_role("button", name="End the session").click()
    expect(learner.locator("[data-notice]")).to_contain_text("The session has ended")
    learner.get_by_role("link", name="See the recap").click()
    expect(learner.locator("h1")).to_contain_text("Recap")
    expect(learner.get_by_text("How do I get quiet people to talk?")).to_be_visible()
    learner.screenshot(path=shots / "live-5-recap-learner.png", full_page=True)
    teacher.goto(f"/live/{session.pk}/recap/")
    expect(teacher.get_by_role("heading", name="Attendance")).to_be_visible()
    expect(teacher.locator("table")).to_contain_text("lena")
    teacher.screenshot(path=shots / "live-6-recap-host.png", full_page=True)
