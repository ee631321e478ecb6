"""The demo learner asks under a lesson, the demo peer teacher is told, answers and upvotes
the question, the learner accepts the answer, both see their reputation change, and the
demo moderator removes a spam reply that members reported."""

import re

import pytest
from playwright.sync_api import expect

from cms.demo.content import DEMO_PASSWORD
from cms.demo.discussions import SPAM
from tests.e2e import helpers

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
LESSON = "/courses/running-your-first-retrospective/set-the-stage/"
QUESTION = "Which check-in question works for a shy team?"


def sign_in(page, username):
    helpers.sign_in(page, username, DEMO_PASSWORD)


def reputation(page, username) -> int:
    page.goto(f"/people/{username}/")
    text = page.locator(".reputation__total").inner_text()
    return int(re.search(r"-?\d+", text).group())


def test_a_question_answered_accepted_and_a_spam_reply_removed(
    demo_site, browser_page, screenshot_dir
):
    page = browser_page
    sign_in(page, "teacher")
    teacher_before = reputation(page, "teacher")
    sign_in(page, "learner")
    learner_before = reputation(page, "learner")

    # Lena asks under the lesson.
    page.goto(LESSON)
    page.locator("#discussion").get_by_role("link", name="Ask a question").click()
    page.get_by_label("Title").fill(QUESTION)
    page.get_by_label("Details").fill("My team is **quiet** in the first minutes. Ideas?")
    page.get_by_role("button", name="Post the thread").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(QUESTION)
    expect(page.locator(".post__body strong")).to_have_text("quiet")
    page.screenshot(path=screenshot_dir / "discussion-1-asked.png", full_page=True)

    # Tomás is told, answers, and upvotes the question.
    sign_in(page, "teacher")
    page.goto("/notifications/")
    page.get_by_role("link", name=re.compile(QUESTION)).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(QUESTION)
    page.get_by_label("Your reply").fill("Try a weather check-in: one word, no discussion.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.get_by_text("Try a weather check-in")).to_be_visible()
    page.locator(".post").first.get_by_role("button", name=re.compile("Upvote")).click()
    expect(page.locator(".post").first.locator(".question__vote")).to_have_attribute(
        "aria-pressed", "true"
    )

    # Lena is told of the reply and accepts it.
    sign_in(page, "learner")
    page.goto("/notifications/")
    page.get_by_role("link", name=re.compile("Tomás Rivera replied")).first.click()
    page.get_by_role("button", name="Accept as answer").click()
    expect(page.get_by_text("Marked as the accepted answer.")).to_be_visible()
    expect(page.locator(".post--accepted")).to_contain_text("weather check-in")
    page.screenshot(path=screenshot_dir / "discussion-2-accepted.png", full_page=True)
    assert reputation(page, "learner") == learner_before + 2
    sign_in(page, "teacher")
    assert reputation(page, "teacher") == teacher_before + 10

    # Marek removes the spam reply that Lena and Ana reported.
    sign_in(page, "moderator")
    page.goto("/admin/moderation/")
    row = page.locator("tr", has_text="quick-retro-pills")
    expect(row).to_contain_text("Discussion post")
    page.screenshot(path=screenshot_dir / "discussion-3-queue.png", full_page=True)
    row.get_by_role("button", name="Remove content").click()
    expect(page.get_by_text("Removed. The author is told by email.")).to_be_visible()
    page.context.clear_cookies()
    page.goto("/courses/running-your-first-retrospective/")
    page.locator("#discussion").get_by_role(
        "link", name="What made your last retrospective worth the hour?"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text(SPAM)).to_have_count(0)
    page.screenshot(path=screenshot_dir / "discussion-4-removed.png", full_page=True)
