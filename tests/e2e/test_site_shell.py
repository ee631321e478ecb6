import pytest
from playwright.sync_api import expect

from cms.demo import content

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_visitor_reads_the_home_page_and_switches_language(demo_site, browser_page, screenshot_dir):
    page = browser_page
    page.goto("/")
    assert page.locator("h1").inner_text() == "Learn from peers who are one step ahead"
    page.screenshot(path=screenshot_dir / "shell-home.png", full_page=True)

    # The first Tab reaches the skip link, which moves focus to the main content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    page.get_by_role("link", name="Deutsch").click()
    page.wait_for_url("**/de/")
    expect(page.get_by_role("link", name="Anmelden")).to_be_visible()
    page.screenshot(path=screenshot_dir / "shell-home-de.png", full_page=True)


def test_visitor_signs_up_and_is_asked_to_verify(demo_site, browser_page, screenshot_dir):
    page = browser_page
    page.goto("/")
    page.get_by_role("banner").get_by_role("link", name="Join for free").click()
    page.get_by_label("Email").fill("newcomer@example.org")
    page.get_by_label("Username").fill("newcomer")
    page.get_by_label("Password", exact=True).fill("a-long-and-unusual-passphrase")
    page.get_by_label("Password (again)").fill("a-long-and-unusual-passphrase")
    page.screenshot(path=screenshot_dir / "shell-signup.png", full_page=True)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url("**/accounts/confirm-email/")
    assert "Verify Your Email Address" in page.locator("h1").inner_text()
    page.screenshot(path=screenshot_dir / "shell-verify.png", full_page=True)


def test_a_member_pages_fit_a_phone(demo_site, browser_page, screenshot_dir):
    """No page scrolls sideways at 390 px: the menu scrolls in its own row."""
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/accounts/login/")
    page.get_by_label("Username or email").fill("learner")
    page.get_by_label("Password").fill(content.DEMO_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    for path in [
        "/",
        "/people/me/path/",
        "/people/learner/",
        "/people/community/",
        "/search/?q=retrospective",
    ]:
        page.goto(path)
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] == widths[1], (path, widths)
    page.screenshot(path=screenshot_dir / "shell-phone-path.png", full_page=True)
