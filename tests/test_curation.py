"""Curators feature courses and sessions without publishing anyone's waiting draft."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import PermissionDenied

from academy.courses.models import CoursePage
from academy.curation import set_featured
from academy.peers.roles import Role
from search.models import CatalogueEntry
from tests.factories import UserFactory, make_course, make_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator(db):
    return UserFactory(username="carla", roles=[Role.CURATOR])


def _sessions_section(client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    return soup.find(id="sessions-title").find_parent("section")


def test_featuring_a_course_with_a_waiting_draft_publishes_nothing_and_survives_its_publish(
    curator, home_page, django_capture_on_commit_callbacks
):
    author = UserFactory(username="tomas", roles=[(Role.PEER_TEACHER, "facilitation")])
    course = make_course("Running retrospectives", owner=author)
    course.title = "Running retrospectives, revised"
    draft = course.save_revision(user=author)

    with django_capture_on_commit_callbacks(execute=True):
        set_featured(page=course, featured=True, by=curator)

    live = CoursePage.objects.get(pk=course.pk)
    assert live.featured and live.title == "Running retrospectives"  # the draft waits
    assert CatalogueEntry.objects.get(page=course).featured  # the search boost follows
    draft.refresh_from_db()
    draft.publish()
    live.refresh_from_db()
    assert live.featured and live.title == "Running retrospectives, revised"


def test_only_curators_feature(home_page):
    author = UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")])
    course = make_course("Running retrospectives", owner=author)

    with pytest.raises(PermissionDenied):
        set_featured(page=course, featured=True, by=author)
    assert not CoursePage.objects.get(pk=course.pk).featured


def test_a_featured_session_comes_first_on_the_visitors_home(client, curator, home_page):
    host = UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")])
    for days in (1, 2, 3):
        make_session(f"Clinic in {days} days", host=host, starts_in=timedelta(days=days))
    later = make_session("Retro clinic next week", host=host, starts_in=timedelta(days=7))

    set_featured(page=later, featured=True, by=curator)

    cards = _sessions_section(client).select(".session-card")
    assert cards[0].select_one(".card__title").get_text(strip=True) == "Retro clinic next week"
    assert "Featured" in cards[0].get_text()
    assert len(cards) == 3
