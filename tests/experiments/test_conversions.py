"""A conversion is an enrolment by a member whose browser carries the running experiment's
cookie: once per member and experiment, and never at the expense of the enrolment."""

import logging

import pytest
from django.urls import reverse

from academy.courses.models import Enrolment
from academy.experiments import assignment, services
from academy.experiments.models import Conversion, VariantCount
from tests.factories import UserFactory

from .conftest import visitor

pytestmark = pytest.mark.django_db

COOKIE = assignment.COOKIE_NAME


def counts(experiment) -> dict[str, tuple[int, int]]:
    rows = VariantCount.objects.filter(experiment=experiment)
    return {row.variant: (row.exposures, row.conversions) for row in rows}


def signed_in(member, cookie: str | None = None, **headers):
    browser = visitor(**headers)
    browser.force_login(member)
    if cookie:
        browser.cookies[COOKIE] = cookie
    return browser


@pytest.fixture
def enrol(commit):
    """Enrol through the course page's button; what waits for the commit runs."""

    def post(browser, course):
        with commit():
            response = browser.post(reverse("courses:enrol", args=[course.pk]))
        assert response.status_code == 302
        return response

    return post


def test_an_enrolment_converts_once_per_member(running, courses, member, enrol):
    browser = signed_in(member, f"{running.pk}.B")
    for course in (courses["b_1"], courses["b_2"], courses["featured_1"]):
        enrol(browser, course)
    assert Enrolment.objects.filter(user=member).count() == 3
    assert counts(running)["B"] == (0, 1)
    assert counts(running)["A"] == (0, 0)
    other = UserFactory()
    enrol(signed_in(other, f"{running.pk}.A"), courses["b_1"])
    assert counts(running) == {"A": (0, 1), "B": (0, 1)}


def test_a_visitor_assigned_on_the_home_page_converts_after_signing_in(running, courses, enrol):
    browser = visitor()
    letter = browser.get("/").cookies[COOKIE].value.split(".")[1]
    member = UserFactory()
    browser.force_login(member)
    enrol(browser, courses["featured_1"])
    assert counts(running)[letter] == (1, 1)


def test_no_conversion_while_no_experiment_runs(draft, courses, member, enrol):
    enrol(signed_in(member, f"{draft.pk}.B"), courses["b_1"])
    assert Enrolment.objects.filter(user=member).exists()
    assert not Conversion.objects.exists()
    assert not VariantCount.objects.exists()


def test_no_conversion_after_the_experiment_stopped(running, courses, member, commit, enrol):
    with commit():
        services.stop_experiment(experiment=running, keep="A")
    enrol(signed_in(member, f"{running.pk}.B"), courses["b_1"])
    assert counts(running) == {"A": (0, 0), "B": (0, 0)}


@pytest.mark.parametrize(
    ("cookie", "headers"),
    [(None, {}), ("999.B", {}), ("{pk}.B", {"HTTP_SEC_GPC": "1"}), ("{pk}.B", {"HTTP_DNT": "1"})],
    ids=["no cookie", "another experiment", "GPC", "DNT"],
)
def test_no_conversion_without_the_running_experiments_cookie(
    running, courses, member, cookie, headers, enrol
):
    cookie = cookie.format(pk=running.pk) if cookie else None
    enrol(signed_in(member, cookie, **headers), courses["b_1"])
    assert Enrolment.objects.filter(user=member).exists()
    assert counts(running) == {"A": (0, 0), "B": (0, 0)}


def test_stopping_forgets_who_converted_but_keeps_the_counts(
    running, courses, member, commit, enrol
):
    enrol(signed_in(member, f"{running.pk}.B"), courses["b_1"])
    assert Conversion.objects.filter(experiment=running, user=member).exists()
    with commit():
        services.stop_experiment(experiment=running, keep="A")
    assert not Conversion.objects.exists()
    assert counts(running)["B"] == (0, 1)


def test_a_failing_count_never_fails_the_enrolment(
    running, courses, member, monkeypatch, caplog, enrol
):
    def broken(**kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services, "record_conversion", broken)
    with caplog.at_level(logging.ERROR):
        response = enrol(signed_in(member, f"{running.pk}.B"), courses["b_1"])
    assert Enrolment.objects.filter(user=member, course=courses["b_1"]).exists()
    assert "the database went away" in caplog.text
    assert response.url.startswith(courses["b_1"].url)
