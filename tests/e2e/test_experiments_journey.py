"""The demo curator tries other featured courses on the home page: creates an experiment in
the admin, starts it, reads its (still empty) results, and a visitor of variant B sees B."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from academy.courses.models import CoursePage
from academy.experiments.assignment import COOKIE_NAME
from academy.experiments.models import Experiment
from cms.demo.content import DEMO_PASSWORD
from tests.e2e.helpers import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

B_COURSES = ["Facilitating remote workshops", "Storytelling for lessons learned"]


def settled(page):
    """Let the admin's message finish sliding in before a screenshot."""
    page.locator(".messages").wait_for()
    page.wait_for_timeout(600)
    return page


def option(title: str) -> str:
    course = CoursePage.objects.select_related("topic").get(title=title)
    return f"{course.title} ({course.topic.name})"


def test_the_curator_creates_and_starts_an_experiment(demo_site, browser_page, screenshot_dir):
    page = browser_page
    sign_in(page, "curator", DEMO_PASSWORD)
    page.goto("/admin/")
    page.get_by_role("link", name="Experiments").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Experiments")
    page.screenshot(path=screenshot_dir / "experiments-1-empty-list.png", full_page=True)

    page.get_by_role("link", name="Add experiment").click()
    page.get_by_label("Name").fill("Everyday skills first")
    page.get_by_label("Hypothesis").fill(
        "Newcomers enrol more when the first courses they see fit their daily work."
    )
    page.get_by_label("Heading of B").fill("Start with your everyday work")
    # Saving without a course for B says what is missing and keeps what was typed.
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Choose at least one published course for B.")).to_be_visible()
    expect(page.get_by_label("Name")).to_have_value("Everyday skills first")
    page.screenshot(path=screenshot_dir / "experiments-2-form-error.png", full_page=True)

    for position, title in enumerate(B_COURSES, start=1):
        page.get_by_label(f"B's course {position}", exact=True).select_option(label=option(title))
    page.screenshot(path=screenshot_dir / "experiments-3-form.png", full_page=True)
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Draft “Everyday skills first” saved.")).to_be_visible()
    variants = page.locator("table.listing").first
    expect(variants).to_contain_text("Running your first retrospective")  # A: as curated
    expect(variants).to_contain_text("Start with your everyday work")
    settled(page).screenshot(path=screenshot_dir / "experiments-4-draft.png", full_page=True)

    page.get_by_role("button", name="Start experiment").click()
    expect(page.get_by_text("half of the home page's new visitors now see B")).to_be_visible()
    expect(page.locator("#experiment-verdict")).to_contain_text("Not enough visitors yet")
    expect(page.get_by_role("button", name="Stop and keep B")).to_be_visible()
    settled(page).screenshot(path=screenshot_dir / "experiments-5-running.png", full_page=True)
    page.get_by_role("button", name="Stop and keep B").scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "experiments-6-results.png")
    experiment = Experiment.objects.get()
    assert experiment.is_running

    # A visitor whose browser drew B sees B's heading and courses, in B's order.
    site = urlsplit(page.url)
    page.context.clear_cookies()
    page.context.add_cookies(
        [
            {
                "name": COOKIE_NAME,
                "value": f"{experiment.pk}.B",
                "url": f"{site.scheme}://{site.netloc}/",
            }
        ]
    )
    page.goto("/")
    featured = page.locator("section", has=page.locator("#featured-title"))
    expect(featured.locator("h2")).to_have_text("Start with your everyday work")
    expect(featured.locator(".card h3")).to_have_text(B_COURSES)
    featured.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "experiments-7-home-b.png", full_page=True)
