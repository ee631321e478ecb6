"""The home page shows B's courses and heading to B's browsers, and the page cache keeps
A's and B's pages apart without ever storing the cookie."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from academy.courses.services import feature_courses
from academy.experiments import assignment, services
from academy.experiments.selectors import chosen_courses
from academy.pagecache.cache import VARIANT, page_key
from tests.pagecache.helpers import text

from .conftest import visitor

pytestmark = pytest.mark.django_db

COOKIE = assignment.COOKIE_NAME


def featured_titles(response) -> list[str]:
    html = BeautifulSoup(response.content, "html.parser")
    section = html.find(id="featured-title").find_parent("section")
    return [card.get_text(" ", strip=True) for card in section.select(".card h3")]


def with_letter(experiment, letter: str):
    browser = visitor()
    browser.cookies[COOKIE] = f"{experiment.pk}.{letter}"
    return browser


def test_b_visitors_see_bs_courses_in_bs_order_under_bs_heading(running):
    b_page = with_letter(running, "B").get("/")
    assert "Start here" in text(b_page)
    assert featured_titles(b_page) == ["Working out loud", "Storytelling for teams"]
    a_page = with_letter(running, "A").get("/")
    assert "Featured courses" in text(a_page) and "Start here" not in text(a_page)
    assert featured_titles(a_page) == ["Running retrospectives", "Facilitation basics"]


def test_b_without_a_heading_keeps_the_usual_one(draft, commit):
    services.update_experiment(
        experiment=draft, name=draft.name, b_heading="", b_courses=chosen_courses(experiment=draft)
    )
    with commit():
        services.start_experiment(experiment=draft)
    page = with_letter(draft, "B").get("/")
    assert "Featured courses" in text(page)
    assert featured_titles(page) == ["Working out loud", "Storytelling for teams"]


def test_an_unpublished_b_course_is_left_out(running, courses):
    courses["b_2"].unpublish()
    assert featured_titles(with_letter(running, "B").get("/")) == ["Storytelling for teams"]


def test_the_page_cache_keeps_a_and_b_apart_and_never_a_cookie(running, settings, rf):
    settings.PAGE_CACHE_SECONDS = 300
    pages = {}
    for letter in "AB":
        first, second = with_letter(running, letter).get("/"), with_letter(running, letter).get("/")
        assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT"), letter
        assert second.content == first.content
        pages[letter] = second
    assert "Start here" in text(pages["B"]) and "Start here" not in text(pages["A"])

    # New browsers get their cookie on a page from the cache, and the page of their letter.
    seen = set()
    while seen != {"A", "B"}:
        response = visitor().get("/")
        letter = response.cookies[COOKIE].value.split(".")[1]
        seen.add(letter)
        assert response["X-Cache"] == "HIT"
        assert response.content == pages[letter].content
        assert "Cookie" in response["Vary"]
    # What the cache holds carries no cookie: a browser that already has its letter gets
    # the stored page without one.
    for letter in "AB":
        again = with_letter(running, letter).get("/")
        assert again["X-Cache"] == "HIT"
        assert not again.cookies
        assert "Set-Cookie" not in again
    for variant in ("", f"experiment-{running.pk}-B"):
        request = rf.get("/")
        setattr(request, VARIANT, variant)
        headers = cache.get(page_key(request))[1]
        assert "set-cookie" not in {name.lower() for name, _value in headers}


def test_as_visitors_share_the_page_of_everyone_outside_the_experiment(running, settings):
    """Only B's pages are stored apart: A's browsers, browsers outside the experiment and
    visitors after it get the one page the cache kept before it."""
    settings.PAGE_CACHE_SECONDS = 300
    assert with_letter(running, "A").get("/")["X-Cache"] == "MISS"
    assert visitor(HTTP_SEC_GPC="1").get("/")["X-Cache"] == "HIT"
    assert with_letter(running, "B").get("/")["X-Cache"] == "MISS"
    assert with_letter(running, "B").get("/")["X-Cache"] == "HIT"


def test_keeping_b_shows_bs_courses_to_everyone(running, commit):
    with commit():
        services.stop_experiment(experiment=running, keep="B")
    for browser in (visitor(), with_letter(running, "A"), with_letter(running, "B")):
        response = browser.get("/")
        assert featured_titles(response) == ["Working out loud", "Storytelling for teams"]
        assert "Featured courses" in text(response) and "Start here" not in text(response)
        assert COOKIE not in response.cookies


def test_starting_and_stopping_empties_the_page_cache(draft, settings, commit, courses):
    settings.PAGE_CACHE_SECONDS = 300
    browser = with_letter(draft, "B")
    assert browser.get("/")["X-Cache"] == "MISS"
    assert browser.get("/")["X-Cache"] == "HIT"
    with commit():
        services.start_experiment(experiment=draft)
    assert browser.get("/")["X-Cache"] == "MISS"
    with commit():
        feature_courses(courses=[courses["b_3"]])
    page = with_letter(draft, "A").get("/")
    assert page["X-Cache"] == "MISS"
    assert featured_titles(page) == ["Check-ins that work"]
