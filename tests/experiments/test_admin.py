"""Curators run experiments in the Wagtail admin; nobody else opens or posts to those
screens. Every action is a POST with a CSRF token, and bad input gets a clear error."""

import pytest
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from academy.courses import selectors as course_selectors
from academy.experiments import services
from academy.experiments.models import Experiment, ExperimentCourse, VariantCount
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course
from tests.pagecache.helpers import text

pytestmark = pytest.mark.django_db


def featured() -> list[str]:
    return [course.title for course in course_selectors.featured_courses()]


def form_data(courses: list, **fields) -> dict:
    data = {"name": "Beginners first", "hypothesis": "More enrol.", "b_heading": "Start here"}
    data.update({f"course_{n}": course.pk for n, course in enumerate(courses, start=1)})
    data.update(fields)
    return data


@pytest.fixture
def as_curator(client, curator):
    client.force_login(curator)
    return client


# Who may --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "roles",
    [[Role.MODERATOR], [(Role.PEER_TEACHER, "facilitation")], [Role.LEARNER]],
    ids=["moderator", "teacher", "learner"],
)
def test_only_curators_open_and_post_to_every_experiment_screen(client, running, draft, roles):
    client.force_login(UserFactory(roles=roles))
    pk = running.pk
    for name, args in [
        ("experiments_index", []),
        ("experiments_create", []),
        ("experiments_detail", [pk]),
        ("experiments_edit", [pk]),
    ]:
        assert client.get(reverse(name, args=args)).status_code in (302, 403), name
    for name, args, data in [
        ("experiments_create", [], {"name": "Mine"}),
        ("experiments_edit", [pk], {"name": "Mine"}),
        ("experiments_start", [pk], {}),
        ("experiments_stop", [pk], {"keep": "B"}),
    ]:
        assert client.post(reverse(name, args=args), data).status_code in (302, 403), name
    running.refresh_from_db()
    assert running.is_running and Experiment.objects.count() == 1
    assert featured() == ["Running retrospectives", "Facilitation basics"]


def test_visitors_are_sent_to_sign_in(client, draft):
    response = client.get(reverse("experiments_index"))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_the_menu_item_is_shown_only_to_those_who_may(client, curator):
    client.force_login(curator)
    assert reverse("experiments_index") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(UserFactory(roles=[Role.MODERATOR]))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("experiments_index") not in home


def test_actions_need_the_csrf_token(curator, draft):
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    assert client.post(reverse("experiments_start", args=[draft.pk])).status_code == 403
    draft.refresh_from_db()
    assert draft.is_draft


def test_screens_answer_only_their_methods(as_curator, running):
    assert as_curator.get(reverse("experiments_start", args=[running.pk])).status_code == 405
    assert as_curator.get(reverse("experiments_stop", args=[running.pk])).status_code == 405


# Drafts ---------------------------------------------------------------------------------


def test_a_curator_creates_a_draft_with_bs_courses_in_order(as_curator, courses):
    page = as_curator.get(reverse("experiments_create"))
    assert page.status_code == 200 and "B's course 1" in text(page)
    response = as_curator.post(
        reverse("experiments_create"), form_data([courses["b_3"], courses["b_1"]])
    )
    experiment = Experiment.objects.get()
    assert response.url == reverse("experiments_detail", args=[experiment.pk])
    assert experiment.is_draft and experiment.b_heading == "Start here"
    rows = ExperimentCourse.objects.filter(experiment=experiment)
    assert [row.course.title for row in rows] == ["Check-ins that work", "Storytelling for teams"]
    detail = text(as_curator.get(response.url))
    assert "Draft “Beginners first” saved." in detail
    assert "Start experiment" in detail


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"course_1": "999999"}, "This course does not exist or is not published"),
        ({"course_1": "not a number"}, "This course does not exist or is not published"),
        ({}, "Choose at least one published course for B."),
        ({"course_2": "{b_1}", "course_3": "{b_1}"}, "Each course can be in B only once."),
        ({"course_1": "{b_1}", "name": "  "}, "This field is required."),
        ({"course_1": "{unpublished}"}, "This course does not exist or is not published"),
    ],
    ids=["unknown course", "not an id", "no course", "twice", "no name", "unpublished"],
)
def test_bad_input_gets_a_clear_error_and_keeps_what_was_typed(as_curator, courses, data, error):
    unpublished = make_course("Draft course", live=False)
    ids = {"b_1": courses["b_1"].pk, "unpublished": unpublished.pk}
    data = {name: value.format(**ids) for name, value in data.items()}
    response = as_curator.post(
        reverse("experiments_create"), {"name": "Beginners first", "hypothesis": "Mine"} | data
    )
    assert response.status_code == 200
    assert error in text(response)
    assert "Mine" in response.content.decode()
    assert not Experiment.objects.exists()


def test_a_draft_is_edited_but_a_started_experiment_is_not(as_curator, draft, courses):
    url = reverse("experiments_edit", args=[draft.pk])
    assert as_curator.get(url).status_code == 200
    as_curator.post(url, form_data([courses["b_3"]], name="Checks first", b_heading=""))
    draft.refresh_from_db()
    assert (draft.name, draft.b_heading) == ("Checks first", "")
    assert [row.course_id for row in draft.b_courses.all()] == [courses["b_3"].pk]

    services.start_experiment(experiment=draft)
    response = as_curator.post(url, form_data([courses["b_1"]], name="Changed"), follow=True)
    assert "Only a draft can be changed" in text(response)
    draft.refresh_from_db()
    assert draft.name == "Checks first"


def test_the_services_refuse_bad_drafts_too(curator, courses):
    unpublished = make_course("Draft course", live=False)
    for b_courses, message in [
        ([], "Choose at least one published course for B."),
        ([unpublished], "B can only feature published courses."),
        ([courses["b_1"], courses["b_1"]], "Each course can be in B only once."),
        ([courses["b_1"]] * 7, "B shows at most 6 courses."),
    ]:
        with pytest.raises(services.ExperimentError, match=message):
            services.create_experiment(user=curator, name="Any", b_courses=b_courses)
    with pytest.raises(services.ExperimentError, match="Give the experiment a name"):
        services.create_experiment(user=curator, name=" ", b_courses=[courses["b_1"]])


# Starting -------------------------------------------------------------------------------


def test_a_curator_starts_a_draft(as_curator, draft, commit):
    with commit():
        response = as_curator.post(reverse("experiments_start", args=[draft.pk]), follow=True)
    assert "is running: half of the home page's new visitors now see B" in text(response)
    draft.refresh_from_db()
    assert draft.is_running and draft.started_at <= timezone.now()
    assert set(VariantCount.objects.values_list("variant", "exposures")) == {("A", 0), ("B", 0)}
    assert "Stop and keep B" in text(response)


def test_starting_twice_or_alongside_another_is_refused(as_curator, running, curator, courses):
    response = as_curator.post(reverse("experiments_start", args=[running.pk]), follow=True)
    assert "This experiment has already been started." in text(response)
    other = services.create_experiment(user=curator, name="Other", b_courses=[courses["b_3"]])
    response = as_curator.post(reverse("experiments_start", args=[other.pk]), follow=True)
    assert "Another experiment is running on the home page: stop it first." in text(response)
    other.refresh_from_db()
    assert other.is_draft
    assert VariantCount.objects.filter(experiment=other).count() == 0


def test_the_database_allows_one_running_experiment(running, curator):
    with pytest.raises(IntegrityError):
        Experiment.objects.create(name="Sneaky", status=Experiment.Status.RUNNING)


def test_a_draft_whose_courses_were_unpublished_cannot_start(as_curator, draft, courses):
    for course in (courses["b_1"], courses["b_2"]):
        course.unpublish()
    response = as_curator.post(reverse("experiments_start", args=[draft.pk]), follow=True)
    assert "None of B's courses is published any more" in text(response)
    draft.refresh_from_db()
    assert draft.is_draft


# Results and stopping -------------------------------------------------------------------


def test_the_results_page_shows_each_variant_the_difference_and_the_verdict(as_curator, running):
    for variant, exposures, conversions in (("A", 100, 10), ("B", 100, 20)):
        VariantCount.objects.filter(experiment=running, variant=variant).update(
            exposures=exposures, conversions=conversions
        )
    page = text(as_curator.get(reverse("experiments_detail", args=[running.pk])))
    assert "A: the featured courses (control) 100 10 10.0% 5.5% \u2013 17.4%" in page
    assert "B: the experiment's courses 100 20 20.0% 13.3% \u2013 28.9%" in page
    assert "Difference B \u2212 A +10.0 points +0.0 points to +19.9 points" in page
    assert "B converts better." in page


def test_the_results_page_says_when_visitors_are_too_few(as_curator, running):
    page = text(as_curator.get(reverse("experiments_detail", args=[running.pk])))
    assert "Not enough visitors yet." in page
    assert "A verdict needs at least 100 visitors in each variant." in page


def test_stop_and_keep_b_features_bs_courses(as_curator, running, commit):
    with commit():
        response = as_curator.post(
            reverse("experiments_stop", args=[running.pk]), {"keep": "B"}, follow=True
        )
    assert "Stopped. B's courses are now the featured courses, in B's order." in text(response)
    running.refresh_from_db()
    assert (running.status, running.winner) == (Experiment.Status.STOPPED, "B")
    assert running.stopped_at is not None
    assert featured() == ["Working out loud", "Storytelling for teams"]
    assert "Kept: B" in text(response)


def test_stop_and_keep_a_changes_nothing(as_curator, running, commit):
    with commit():
        response = as_curator.post(
            reverse("experiments_stop", args=[running.pk]), {"keep": "A"}, follow=True
        )
    assert "Stopped. The featured courses stay as they were." in text(response)
    running.refresh_from_db()
    assert (running.status, running.winner) == (Experiment.Status.STOPPED, "A")
    assert featured() == ["Running retrospectives", "Facilitation basics"]


@pytest.mark.parametrize("keep", ["", "C"])
def test_stopping_needs_a_variant_to_keep(as_curator, running, keep):
    response = as_curator.post(
        reverse("experiments_stop", args=[running.pk]), {"keep": keep}, follow=True
    )
    assert "Choose the variant to keep: A or B." in text(response)
    running.refresh_from_db()
    assert running.is_running


def test_only_a_running_experiment_stops(as_curator, draft):
    response = as_curator.post(
        reverse("experiments_stop", args=[draft.pk]), {"keep": "B"}, follow=True
    )
    assert "Only a running experiment can be stopped." in text(response)
    assert featured() == ["Running retrospectives", "Facilitation basics"]


def test_keeping_b_when_none_of_its_courses_is_published_is_refused(as_curator, running, courses):
    for course in (courses["b_1"], courses["b_2"]):
        course.unpublish()
    response = as_curator.post(
        reverse("experiments_stop", args=[running.pk]), {"keep": "B"}, follow=True
    )
    assert "None of B's courses is published any more: keep A" in text(response)
    running.refresh_from_db()
    assert running.is_running


def test_an_unknown_experiment_is_not_found(as_curator):
    assert as_curator.get(reverse("experiments_detail", args=[999])).status_code == 404
    assert as_curator.post(reverse("experiments_start", args=[999])).status_code == 404


def test_the_list_shows_every_experiment(as_curator, running, curator, courses):
    services.create_experiment(user=curator, name="Storytelling first", b_courses=[courses["b_3"]])
    page = text(as_curator.get(reverse("experiments_index")))
    assert "Beginners first" in page and "Running" in page
    assert "Storytelling first" in page and "Draft" in page
