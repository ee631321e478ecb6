"""A learner looks for something to learn from the header, narrows the results with the
filters, finds nothing for a new idea and asks the community for it."""

import pytest
from playwright.sync_api import expect

from academy.peers.roles import Role
from search.models import ContentRequest
from tests.factories import UserFactory, make_course, make_lesson, make_topic
from tests.factories.users import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def catalogue():
    """Published pages reach the index through the same after-commit tasks as in production."""
    retro = make_topic("retrospectives")
    teacher = UserFactory(username="tomas", roles=[(Role.PEER_TEACHER, "retrospectives")])
    first = make_course("Running your first retrospective", topic=retro, owner=teacher)
    make_lesson(first, "Why look back together")
    make_course("Retrospective formats", topic=retro, level="intermediate")
    make_course("Retrospektiven in Behörden", topic=retro, language="de")
    UserFactory(username="lena")


def test_a_learner_searches_filters_and_asks_for_what_is_missing(
    catalogue, browser_page, screenshot_dir
):
    page = browser_page
    page.goto("/")
    box = page.get_by_role("combobox", name="Search the academy")
    box.fill("retro")
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    expect(page.get_by_role("listbox")).to_contain_text("Retrospectives")  # a topic
    page.screenshot(path=screenshot_dir / "search-autocomplete.png")
    box.press("Enter")  # no suggestion chosen: a full search
    page.wait_for_url("**/search/?q=retro")

    page.goto("/search/?q=retrospective")
    titles = page.locator(".result__title")
    expect(titles.filter(has_text="Running your first retrospective")).to_have_count(1)
    expect(titles.filter(has_text="Retrospective formats")).to_have_count(1)
    expect(page.locator(".result__title mark").first).to_have_text("Retrospective")
    page.get_by_role("checkbox", name="Intermediate").check()  # applies at once
    page.wait_for_url("**level=intermediate**")
    expect(titles).to_have_count(1)
    expect(titles.first).to_have_text("Retrospective formats")
    page.screenshot(path=screenshot_dir / "search-filtered.png", full_page=True)

    page.goto("/accounts/login/")
    page.get_by_label("Username or email").fill("lena")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.goto("/search/?q=retrospectives+for+large+groups")
    expect(page.get_by_role("status")).to_have_text(
        "0 results for “retrospectives for large groups”"
    )
    page.get_by_role("button", name="Ask the community for this").click()
    expect(page.locator(".ask-community")).to_contain_text("1 member already asked for this")
    expect(page.get_by_role("button", name="I want this too")).to_be_visible()
    assert ContentRequest.objects.get().query == "retrospectives for large groups"
    page.goto("/search/requests/")
    expect(page.locator(".request__query")).to_have_text("retrospectives for large groups")
    page.screenshot(path=screenshot_dir / "search-wanted.png", full_page=True)
