"""The demo curator opens the console: sees with charts how the demo community converts from
visitor to teacher and which topic lacks a teacher, features a course, and finds it on the
home page."""

import pytest
from playwright.sync_api import expect

from cms.demo.content import DEMO_PASSWORD
from tests.e2e.helpers import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COURSE = "Retrospective formats that keep it fresh"


def test_the_curator_reads_the_funnel_finds_a_gap_and_features_a_course(
    demo_site, browser_page, screenshot_dir
):
    page = browser_page
    sign_in(page, "curator", DEMO_PASSWORD)
    page.goto("/admin/")
    expect(page.locator("#console-panel-title")).to_have_text("The academy, last 30 days")
    page.get_by_role("link", name="Open the console").click()

    funnel = page.get_by_role("img", name="From visitor to teacher, last 30 days")
    expect(funnel).to_be_visible()
    expect(page.get_by_role("img", name="Visits per day")).to_be_visible()
    page.screenshot(path=screenshot_dir / "console-1-funnel.png", full_page=True)
    lessons = page.locator("section", has=page.locator("#table-lessons"))
    expect(lessons.locator("tbody tr")).not_to_have_count(0)
    lessons.scroll_into_view_if_needed()
    lessons.screenshot(path=screenshot_dir / "console-1-lessons.png")

    page.goto("/admin/console/health/")
    gaps = page.locator("section", has=page.locator("#table-topics-without-teachers"))
    expect(gaps.locator("tbody tr").first).to_contain_text("Decision making")
    page.screenshot(path=screenshot_dir / "console-2-gaps.png", full_page=True)

    page.goto("/admin/console/featuring/")
    row = page.locator("tr", has_text=COURSE)
    row.get_by_role("button", name="Feature").click()
    expect(page.get_by_text(f"“{COURSE}” is featured on the home page.")).to_be_visible()
    page.screenshot(path=screenshot_dir / "console-3-featured.png", full_page=True)

    page.context.clear_cookies()
    page.goto("/")
    featured = page.locator("section", has=page.locator("#featured-title"))
    expect(featured).to_contain_text(COURSE)
