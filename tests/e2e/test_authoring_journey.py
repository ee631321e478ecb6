"""A lesson from writing to being found: a peer teacher adds it to their published course in
the admin and submits it, a mentor of the topic reviews it, a curator approves it, which
publishes it, and a learner finds it in the site search."""

import re

import pytest
from playwright.sync_api import expect

from academy.courses.models import LessonPage
from academy.peers.roles import Role
from tests.e2e import helpers
from tests.factories import UserFactory, make_course, make_lesson, make_topic
from tests.factories.users import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TOPIC = "retrospectives"
LESSON = "Silent brainstorming for quiet teams"


@pytest.fixture
def course():
    make_topic(TOPIC)
    teacher = UserFactory(username="tomas", roles=[(Role.PEER_TEACHER, TOPIC)])
    UserFactory(username="mira", roles=[(Role.PEER_TEACHER, TOPIC), (Role.MENTOR, TOPIC)])
    UserFactory(username="carla", roles=[Role.CURATOR])
    UserFactory(username="lena")
    course = make_course("Running your first retrospective", topic=make_topic(TOPIC), owner=teacher)
    make_lesson(course, "Why look back together")
    return course


def shot(page, folder, name):
    page.screenshot(path=folder / f"authoring-{name}.png", full_page=True)


def test_a_lesson_is_written_reviewed_approved_and_found(course, browser_page, screenshot_dir):
    page = browser_page
    helpers.sign_in(page, "tomas", PASSWORD)
    page.goto(f"/admin/pages/add/courses/lessonpage/{course.pk}/")
    page.locator("#id_title").fill(LESSON)
    page.locator("#id_estimated_minutes").fill("12")
    shot(page, screenshot_dir, "1-new-lesson")
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Text").click()
    body = page.locator(".Draftail-Editor [contenteditable=true]").first
    body.click()
    body.press_sequentially("Everyone writes ideas on sticky notes for five minutes first.")
    # The editor copies what is typed into the form a moment later; submit once it has.
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile("sticky notes"))
    page.locator("footer .w-dropdown__toggle").first.click()
    shot(page, screenshot_dir, "2-submit")
    page.get_by_role("button", name="Submit to Peer review → Curator approval").click()
    expect(page.locator(".messages")).to_contain_text("created and submitted for moderation")
    row = page.locator("tr", has_text=LESSON)
    expect(row).to_contain_text("In moderation", ignore_case=True)
    shot(page, screenshot_dir, "3-submitted")

    helpers.sign_in(page, "mira", PASSWORD)
    page.goto("/admin/")
    shot(page, screenshot_dir, "4-mentor-dashboard")
    review_actions(page).get_by_role("link", name="Edit").click()
    # The mentor reads the draft before approving it.
    expect(page.locator(".Draftail-Editor")).to_contain_text("sticky notes for five minutes")
    page.locator("footer .w-dropdown__toggle").first.click()
    shot(page, screenshot_dir, "5-mentor-reviews")
    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.locator(".messages")).to_contain_text(f"{LESSON}' has been updated")
    shot(page, screenshot_dir, "6-mentor-approved")
    lesson = LessonPage.objects.get(title=LESSON)
    assert not lesson.live, "a curator approves last"
    assert lesson.current_workflow_task.name == "Curator approval"

    helpers.sign_in(page, "carla", PASSWORD)
    page.goto("/admin/")
    review_actions(page).get_by_role("button", name="Approve", exact=True).click()
    expect(page.locator("#awaiting-review-section")).to_have_count(0)
    page.goto(f"/admin/pages/{course.pk}/")
    expect(page.locator("tr", has_text=LESSON)).to_contain_text("Live", ignore_case=True)
    shot(page, screenshot_dir, "7-curator-published")

    helpers.sign_in(page, "lena", PASSWORD)
    page.goto("/")
    helpers.search_from_header(page, "silent brainstorming")
    result = page.locator(".result__title").filter(has_text=LESSON)
    expect(result).to_have_count(1)
    shot(page, screenshot_dir, "8-learner-finds-it")
    result.get_by_role("link").click()
    expect(page.locator("h1")).to_have_text(LESSON)
    expect(page.get_by_text("Everyone writes ideas on sticky notes")).to_be_visible()
    shot(page, screenshot_dir, "9-lesson")


def review_actions(page):
    """The dashboard's "Awaiting your review" row of the new lesson, its actions open."""
    review = page.locator("#awaiting-review-section")
    review.locator("tr", has_text=LESSON).get_by_role("button", name="Actions").click()
    return review
