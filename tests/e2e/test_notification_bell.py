"""The bell in the header, as the demo learner uses it: the unread count, the list, opening
one (it leads to its page and the count drops), marking all read; and a header that fits a
phone, bell and menu included."""

import re

import pytest
from playwright.sync_api import expect

from academy.notifications.models import Notification
from cms.demo.content import DEMO_PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PHONE = {"width": 375, "height": 740}
REPLY = "Mei Chen replied to your thread"


def sign_in(page, username="learner"):
    page.goto("/accounts/login/")
    page.get_by_label("Username or email").fill(username)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def bell(page):
    return page.get_by_role("banner").get_by_role("link", name=re.compile("^Notifications"))


def header_bell(page):
    """The bell in any language."""
    return page.locator(".site-header .bell")


def expect_count(page, count: int):
    """The badge on the bell shows the number, and the bell's name says it to screen readers."""
    if count:
        expect(bell(page).locator(".bell__count [aria-hidden=true]")).to_have_text(str(count))
        expect(bell(page)).to_have_accessible_name(f"Notifications {count} unread")
    else:
        expect(bell(page).locator(".bell__count")).to_have_count(0)
        expect(bell(page)).to_have_accessible_name("Notifications")


def test_a_member_opens_a_notification_and_marks_the_rest_read(
    demo_site, browser_page, screenshot_dir
):
    page = browser_page
    unread = Notification.objects.filter(recipient__username="learner", read_at=None).count()
    assert unread >= 2, "the demo leaves the learner a few unread notifications"
    sign_in(page)
    page.goto("/")
    expect(bell(page)).to_be_visible()
    expect_count(page, unread)
    page.screenshot(path=screenshot_dir / "bell-1-unread.png")

    # The list: newest first, the unread ones marked.
    bell(page).click()
    page.wait_for_url("**/notifications/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Notifications")
    expect(page.locator(".notification--unread")).to_have_count(unread)
    page.screenshot(path=screenshot_dir / "bell-2-list.png", full_page=True)

    # Opening one leads to the thread it is about, and the bell counts one fewer.
    reply = Notification.objects.get(recipient__username="learner", actor__username="mentor")
    page.get_by_role("link", name=re.compile(REPLY)).click()
    page.wait_for_url(re.compile(re.escape(reply.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "How long should each phase take in a one-hour retro?"
    )
    expect_count(page, unread - 1)
    page.screenshot(path=screenshot_dir / "bell-3-opened.png", full_page=True)

    # Back in the list, it is read; "Mark all read" reads the rest and the count is gone.
    bell(page).click()
    expect(page.locator(".notification--unread")).to_have_count(unread - 1)
    expect(page.locator(".notification", has_text=REPLY)).not_to_have_class(
        re.compile("notification--unread")
    )
    page.get_by_role("button", name="Mark all read").click()
    expect(page.get_by_text(f"{unread - 1} notifications marked read.")).to_be_visible()
    expect(page.locator(".notification--unread")).to_have_count(0)
    expect(page.get_by_role("button", name="Mark all read")).to_have_count(0)
    expect_count(page, 0)
    page.screenshot(path=screenshot_dir / "bell-4-all-read.png", full_page=True)
    assert not Notification.objects.filter(recipient__username="learner", read_at=None).exists()


def _box(locator) -> dict:
    box = locator.bounding_box()
    assert box is not None, f"{locator} is not rendered"
    return box


def _overlap(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def _header_parts(page) -> dict:
    header = page.locator(".site-header__inner")
    parts = {
        "brand": header.locator(".brand"),
        "menu": header.locator(".nav"),
        "bell": header_bell(page),
        "count": header_bell(page).locator(".bell__count"),
    }
    if header.locator(".site-search").count():
        parts["search"] = header.locator(".site-search")
    account = header.locator(".account-nav > a:not(.bell), .account-nav > form")
    for index in range(account.count()):
        parts[f"account {index + 1}"] = account.nth(index)
    return {part: _box(locator) for part, locator in parts.items()}


def check_header(page, path: str) -> dict:
    """Nothing in the header leaves the page or sits on anything else; the menu's links fit
    or scroll inside their own row. Returns the boxes of its parts."""
    expect(header_bell(page)).to_be_visible()
    expect(header_bell(page).locator(".bell__count")).to_be_visible()
    width = page.evaluate("document.documentElement.clientWidth")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width == width, f"{path} scrolls sideways: {scroll_width} > {width}"
    boxes = _header_parts(page)
    boxes["menu row"] = _box(page.locator(".site-header .nav__list"))
    for part, box in boxes.items():
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, (path, part, box)
    # The count sits on its own bell, and on nothing else.
    others = [part for part in boxes if part not in ("count", "menu row")]
    for index, part in enumerate(others):
        for other in others[index + 1 :]:
            assert not _overlap(boxes[part], boxes[other]), (path, part, other)
        if part != "bell":
            assert not _overlap(boxes["count"], boxes[part]), (path, "count", part)
    return boxes


def test_the_header_fits_a_wide_screen(demo_site, browser_page, screenshot_dir):
    page = browser_page
    sign_in(page)
    for path in ["/", "/notifications/"]:
        page.goto(path)
        page.screenshot(path=screenshot_dir / f"bell-header-wide{path.replace('/', '-')}.png")
        check_header(page, path)


def test_the_header_fits_a_phone_with_the_bell_beside_the_brand(
    demo_site, browser_page, screenshot_dir
):
    page = browser_page
    page.set_viewport_size(PHONE)
    sign_in(page, "mentor")  # the longest row of account links: "Teach and curate" too
    for path in ["/", "/notifications/", "/de/"]:
        page.goto(path)
        page.screenshot(path=screenshot_dir / f"bell-header-phone{path.replace('/', '-')}.png")
        boxes = check_header(page, path)
        # The bell is on the brand's row, at its end; the account links are below it.
        brand, bell_box, menu = boxes["brand"], boxes["bell"], boxes["menu"]
        brand_middle = brand["y"] + brand["height"] / 2
        assert bell_box["y"] <= brand_middle <= bell_box["y"] + bell_box["height"], path
        assert bell_box["x"] + bell_box["width"] == pytest.approx(menu["x"] + menu["width"], abs=1)
        account_tops = [box["y"] for part, box in boxes.items() if part.startswith("account")]
        assert min(account_tops) >= bell_box["y"] + bell_box["height"], path
