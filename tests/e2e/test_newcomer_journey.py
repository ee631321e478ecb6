"""A visitor becomes a learner: finds a course from the header search, signs up and confirms
the address from the email, enrols, completes the first lesson and saves a seat in a live
session of the course's topic."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from playwright.sync_api import expect

from academy.live.services.registration import register
from academy.peers.roles import Role
from tests.e2e import helpers
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NEW_PASSWORD = "a-long-and-private-passphrase"


@pytest.fixture
def catalogue():
    retro = make_topic("retrospectives")
    teacher = UserFactory(username="tomas", roles=[(Role.PEER_TEACHER, "retrospectives")])
    course = make_course("Running your first retrospective", topic=retro, owner=teacher)
    make_lesson(course, "Why look back together", minutes=10)
    make_lesson(course, "Set the stage", minutes=15)
    make_course("Facilitating workshops", owner=teacher)
    clinic = make_session("Retro clinic", host=teacher, topic=retro, capacity=12)
    make_session("Workshop openers", host=teacher, starts_in=timedelta(days=4))
    # Someone already holds a seat: the count the newcomer sees is not only their own.
    register(user=UserFactory(username="priya"), session=clinic)
    return course


def shot(page, folder, name):
    page.screenshot(path=folder / f"newcomer-{name}.png", full_page=True)


def test_a_visitor_searches_signs_up_learns_and_saves_a_seat(
    catalogue, browser_page, screenshot_dir
):
    page = browser_page
    page.goto("/")
    expect(page.locator("h1")).to_be_visible()
    shot(page, screenshot_dir, "1-home")

    helpers.search_from_header(page, "first retrospective")
    page.wait_for_url("**/search/?q=first+retrospective")
    result = page.locator(".result__title").filter(has_text="Running your first retrospective")
    expect(result).to_have_count(1)
    shot(page, screenshot_dir, "2-results")
    result.get_by_role("link").click()
    expect(page.locator("h1")).to_have_text("Running your first retrospective")
    expect(page.get_by_text("2 lessons")).to_be_visible()
    shot(page, screenshot_dir, "3-course")

    page.get_by_role("link", name="Sign up to enrol").click()
    page.get_by_label("Email").fill("noor@example.org")
    page.get_by_label("Username").fill("noor")
    page.get_by_label("Password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Password (again)").fill(NEW_PASSWORD)
    shot(page, screenshot_dir, "4-sign-up")
    page.get_by_role("button", name="Sign Up").click()
    expect(page.locator("h1")).to_have_text("Verify Your Email Address")
    shot(page, screenshot_dir, "5-check-email")

    [email] = [message for message in mail.outbox if "noor@example.org" in message.to]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", email.body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()
    shot(page, screenshot_dir, "6-confirmed")
    # Confirming signs the newcomer in and brings them back to the course they came from.
    expect(page.get_by_text("Successfully signed in as noor.")).to_be_visible()
    expect(page.locator("h1")).to_have_text("Running your first retrospective")

    page.get_by_role("button", name="Enrol for free").click()
    expect(page.get_by_text("You are enrolled. Enjoy the course!")).to_be_visible()
    expect(page.locator("h1")).to_have_text("Why look back together")
    page.get_by_role("button", name="Mark as done and continue").click()
    expect(page.locator("h1")).to_have_text("Set the stage")
    expect(page.locator(".progress__text")).to_contain_text("1 of 2 lessons, 15 min left")
    shot(page, screenshot_dir, "7-first-lesson-done")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Live sessions").click()
    page.get_by_label("Topic").select_option(label="Retrospectives")
    page.get_by_role("button", name="Show sessions").click()
    cards = page.locator(".session-card")
    expect(cards).to_have_count(1)
    expect(cards.first).to_contain_text("11 seats left")
    shot(page, screenshot_dir, "8-sessions")
    cards.first.get_by_role("link", name="Retro clinic").click()
    expect(page.get_by_text("1 seat of 12 taken.")).to_be_visible()
    page.get_by_role("button", name="Save my seat, free").click()
    expect(page.get_by_text("You have a seat. We emailed you the details.")).to_be_visible()
    expect(page.get_by_text("You have a seat.", exact=True)).to_be_visible()
    shot(page, screenshot_dir, "9-seat")
    page.goto("/sessions/")
    expect(page.locator(".session-card", has_text="Retro clinic")).to_contain_text("10 seats left")

    page.get_by_role("link", name="My sessions").click()
    expect(page.locator("h1")).to_have_text("My sessions")
    expect(page.get_by_role("link", name="Retro clinic")).to_be_visible()
    expect(page.get_by_role("link", name="Workshop openers")).to_have_count(0)
    shot(page, screenshot_dir, "10-my-sessions")
