import pytest
from playwright.sync_api import expect

from tests.factories import UserFactory, make_course, make_lesson, make_topic
from tests.factories.users import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def course():
    topic = make_topic("facilitation")
    course = make_course("Running retrospectives", topic=topic, featured=True)
    make_lesson(course, "Why look back", minutes=10)
    make_lesson(course, "Set the stage", minutes=15)
    UserFactory(username="lena", email="lena@example.org")
    return course


def test_learner_finds_a_course_enrols_and_completes_it(course, browser_page, screenshot_dir):
    page = browser_page
    page.goto("/")
    page.get_by_role("link", name="Running retrospectives").first.click()
    page.get_by_role("link", name="Sign in").last.click()
    page.get_by_label("Username or email").fill("lena")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"**{course.url}")
    page.screenshot(path=screenshot_dir / "courses-1-course.png", full_page=True)

    page.get_by_role("button", name="Enrol for free").click()
    assert page.locator("h1").inner_text() == "Why look back"
    page.get_by_role("button", name="Mark as done and continue").click()
    assert page.locator("h1").inner_text() == "Set the stage"
    assert "1 of 2 lessons, 15 min left" in page.locator(".progress__text").inner_text()
    page.screenshot(path=screenshot_dir / "courses-2-lesson.png", full_page=True)

    page.get_by_role("radio", name="5").check()
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("your feedback helps the author")).to_be_visible()
    page.get_by_role("button", name="Mark as done").click()
    expect(page.get_by_text("Course complete. Well done!")).to_be_visible()
    page.screenshot(path=screenshot_dir / "courses-3-complete.png", full_page=True)

    page.get_by_role("link", name="My learning").click()
    expect(page.get_by_role("heading", name="Completed")).to_be_visible()
