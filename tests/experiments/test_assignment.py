"""Which variant visitors see: drawn once per browser, kept in a cookie that names only the
experiment and the letter, half and half; never for browsers that ask not to be tracked."""

import re

import pytest

from academy.experiments import assignment, services
from academy.experiments.models import VariantCount
from tests.factories import make_catalogue
from tests.pagecache.helpers import text

from .conftest import visitor

pytestmark = pytest.mark.django_db

COOKIE = assignment.COOKIE_NAME


def exposures(experiment) -> dict[str, int]:
    return dict(
        VariantCount.objects.filter(experiment=experiment).values_list("variant", "exposures")
    )


def test_a_new_browser_gets_a_letter_and_keeps_it(running):
    browser = visitor()
    first = browser.get("/")
    cookie = first.cookies[COOKIE]
    letter = cookie.value.split(".")[1]
    for _ in range(5):
        again = browser.get("/")
        assert COOKIE not in again.cookies, "no new cookie for a browser that has one"
        featured = "Start here" if letter == "B" else "Featured courses"
        assert featured in text(again)
    assert exposures(running) == {"A": int(letter == "A"), "B": int(letter == "B")}


@pytest.mark.parametrize("letter", ["A", "B"])
def test_the_same_cookie_always_gets_the_same_variant(running, letter):
    browser = visitor()
    browser.cookies[COOKIE] = f"{running.pk}.{letter}"
    for _ in range(3):
        page = text(browser.get("/"))
        assert ("Start here" in page) is (letter == "B")
        assert ("Featured courses" in page) is (letter == "A")
    assert exposures(running) == {"A": 0, "B": 0}, "a returning browser is not counted again"


def test_assignment_is_balanced_over_two_thousand_first_visits(running, settings):
    """2,000 new browsers (the page cache on, as in production, so most pages come from it).
    The number shown B is binomial(2000, 1/2): mean 1,000, standard deviation √500 ≈ 22.4.
    ±100 is 4.5 standard deviations: a fair coin falls outside once in about 130,000 runs,
    while a coin of 55/45 or worse falls outside about half of the time or more."""
    settings.PAGE_CACHE_SECONDS = 300
    letters = []
    for _ in range(2000):
        response = visitor().get("/")
        letters.append(response.cookies[COOKIE].value)
    shown_b = letters.count(f"{running.pk}.B")
    assert letters.count(f"{running.pk}.A") + shown_b == 2000
    assert 900 <= shown_b <= 1100
    assert exposures(running) == {"A": 2000 - shown_b, "B": shown_b}


def test_the_cookie_names_the_experiment_and_the_letter_and_nothing_else(running, settings):
    settings.EXPERIMENT_COOKIE_SECURE = True
    cookie = visitor().get("/").cookies[COOKIE]
    assert re.fullmatch(rf"{running.pk}\.[AB]", cookie.value)
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["secure"] is True
    assert cookie["max-age"] == 90 * 24 * 60 * 60
    # Two browsers given the same letter carry the very same cookie: it cannot tell them apart.
    values = {visitor().get("/").cookies[COOKIE].value for _ in range(20)}
    assert values == {f"{running.pk}.A", f"{running.pk}.B"}


@pytest.mark.parametrize("header", [{"HTTP_SEC_GPC": "1"}, {"HTTP_DNT": "1"}], ids=["GPC", "DNT"])
def test_browsers_that_ask_not_to_be_tracked_see_the_control_uncounted(running, header):
    for _ in range(10):
        response = visitor(**header).get("/")
        assert COOKIE not in response.cookies
        assert "Featured courses" in text(response) and "Start here" not in text(response)
    # Even a cookie they got before is not used while they send the signal.
    browser = visitor(**header)
    browser.cookies[COOKIE] = f"{running.pk}.B"
    assert "Start here" not in text(browser.get("/"))
    assert exposures(running) == {"A": 0, "B": 0}


def test_programs_without_a_browser_are_not_counted(running, client):
    for agent in ["", "Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0"]:
        response = client.get("/", HTTP_USER_AGENT=agent)
        assert response.status_code == 200
        assert COOKIE not in response.cookies
    assert exposures(running) == {"A": 0, "B": 0}


def test_only_the_home_page_assigns(running):
    browser = visitor()
    catalogue = make_catalogue()
    assert COOKIE not in browser.get(catalogue.url).cookies
    assert COOKIE in browser.get("/de/").cookies, "the home page in every language"
    assert COOKIE not in visitor().head("/").cookies
    assert exposures(running)["A"] + exposures(running)["B"] == 1


def test_nothing_is_assigned_while_no_experiment_runs(draft):
    response = visitor().get("/")
    assert COOKIE not in response.cookies
    assert "Featured courses" in text(response)


def test_a_cookie_of_an_earlier_experiment_is_replaced(running, courses, curator, commit):
    browser = visitor()
    browser.cookies[COOKIE] = f"{running.pk}.B"
    with commit():
        services.stop_experiment(experiment=running, keep="A")
    # Stopped: everyone sees the featured courses, and the old cookie changes nothing.
    assert "Start here" not in text(browser.get("/"))
    second = services.create_experiment(
        user=curator, name="Storytelling first", b_courses=[courses["b_3"]]
    )
    with commit():
        services.start_experiment(experiment=second)
    cookie = browser.get("/").cookies[COOKIE]
    assert cookie.value in {f"{second.pk}.A", f"{second.pk}.B"}


@pytest.mark.parametrize(
    "value", ["", "7", "7.C", "0.A", "a.B", "7.B.1", "7.b", " 7.A", "99999999999999999999.A"]
)
def test_a_malformed_cookie_names_no_assignment(value):
    assert assignment.from_cookie(value) is None


def test_a_member_sees_their_variant_too(running, member):
    browser = visitor()
    browser.force_login(member)
    browser.cookies[COOKIE] = f"{running.pk}.B"
    page = browser.get("/")
    assert "Welcome back" in text(page) and "Start here" in text(page)
