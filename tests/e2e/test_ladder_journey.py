"""A learner sees what stands between them and teaching, earns the right to author in a topic
without anyone stepping in, writes in the admin, and loses the right with an explanation."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from academy.courses import services as course_services
from academy.peers import ladder, services
from academy.peers.models import Standing
from academy.peers.reputation import Cause
from tests.e2e.helpers import sign_in
from tests.factories import UserFactory, make_course, make_lesson, make_topic
from tests.factories.users import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def halfway():
    """Lena has done the first of two lessons in a Working out loud course."""
    topic = make_topic("working-out-loud")
    course = make_course("Working out loud in two steps", topic=topic)
    first = make_lesson(course, "Make work visible")
    make_lesson(course, "Make it a habit")
    lena = UserFactory(username="lena", email="lena@example.org")
    course_services.mark_lesson_done(user=lena, lesson=first)
    return lena, topic, course


def test_a_learner_earns_and_loses_the_right_to_teach(halfway, browser_page, screenshot_dir):
    lena, topic, course = halfway
    page = browser_page
    sign_in(page, "lena", PASSWORD)
    page.get_by_role("link", name="Your path", exact=True).click()
    card = page.locator(".level-card", has_text="Peer teacher · Working out loud")
    expect(
        card.locator(".requirement", has_text="Courses completed in this topic")
    ).to_contain_text("0 of 1")
    expect(card.locator(".requirement", has_text="Reputation in this topic")).to_contain_text(
        "1 of 10"
    )
    expect(card).to_contain_text("Write courses and lessons in this topic")
    page.screenshot(path=screenshot_dir / "ladder-1-path.png", full_page=True)

    page.goto(course.url)
    page.get_by_role("link", name="Continue").first.click()
    page.get_by_role("button", name="Mark as done").click()
    expect(page.get_by_text("Course complete. Well done!")).to_be_visible()

    page.get_by_role("link", name="Your path", exact=True).click()
    expect(card.get_by_text("You are here")).to_be_visible()
    page.screenshot(path=screenshot_dir / "ladder-2-promoted.png", full_page=True)

    page.get_by_role("link", name="Teach and curate").click()
    page.get_by_role("link", name="My courses").first.click()
    page.get_by_role("link", name="Write a new course").first.click()
    expect(page.get_by_label("Topic")).to_contain_text("Working out loud")
    page.screenshot(path=screenshot_dir / "ladder-3-authoring.png", full_page=True)

    # A moderator removes her content (-15): the role is at risk, then lapses after grace.
    services.award(user=lena, cause=Cause.CONTENT_REMOVED, cause_key="removed:1", topic=topic)
    Standing.objects.filter(user=lena).update(
        at_risk_since=timezone.now() - timedelta(days=ladder.grace_days() + 1)
    )
    call_command("update_ladder", verbosity=0)

    page.goto("/people/me/path/")
    history = page.locator(".history")
    expect(history).to_contain_text("Role lapsed: Peer teacher · Working out loud")
    expect(history).to_contain_text("not met: Reputation in this topic")
    expect(page.get_by_role("link", name="Teach and curate")).to_have_count(0)
    page.screenshot(path=screenshot_dir / "ladder-4-lapsed.png", full_page=True)
