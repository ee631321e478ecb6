"""The home page as the demo members see it: Lena's learning, sessions and suggestions with
their reasons; Tomás's questions to answer; a visitor's next sessions."""

import pytest
from playwright.sync_api import expect

from cms.demo.content import DEMO_PASSWORD
from tests.e2e.helpers import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def section(page, title):
    return page.locator("section", has=page.get_by_role("heading", name=title, exact=True))


def test_each_demo_member_gets_their_own_home(demo_site, browser_page, screenshot_dir):
    page = browser_page
    page.goto("/")
    expect(section(page, "Upcoming live sessions").locator(".session-card")).to_have_count(3)
    page.screenshot(path=screenshot_dir / "home-1-visitor.png", full_page=True)

    sign_in(page, "learner", DEMO_PASSWORD)
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome back, Lena Fischer")
    learning = section(page, "Continue where you left off")
    expect(learning).to_contain_text("Running your first retrospective")
    expect(section(page, "Your upcoming sessions").locator(".card")).to_have_count(3)
    suggested = section(page, "Suggested for you").locator(".card")
    expect(suggested.first.locator(".card__reason")).to_contain_text("Because you")
    expect(page.locator(".path-summary")).to_contain_text("Next:")
    page.screenshot(path=screenshot_dir / "home-2-learner.png", full_page=True)

    sign_in(page, "teacher", DEMO_PASSWORD)
    page.goto("/")
    questions = section(page, "Questions you could answer")
    questions.get_by_role("link", name="Can we skip gathering data when the team is tired?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Can we skip gathering data when the team is tired?"
    )
    page.go_back()
    page.screenshot(path=screenshot_dir / "home-3-teacher.png", full_page=True)
