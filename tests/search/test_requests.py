"""Counting what is searched, and the community's content requests: asked from a search,
voted for, answered by a teacher of the topic."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from academy.peers.roles import Role
from search import catalogue, services
from search.models import ContentRequest, QueryCount
from search.services import ContentRequestError
from tests.factories import UserFactory, make_course, make_topic

pytestmark = pytest.mark.django_db


def test_searches_are_counted_by_their_normalised_words_only():
    services.record_search(text="  Knowledge   MANAGEMENT ", total=0)
    services.record_search(text="knowledge management", total=2)
    services.record_search(text="knowledge management", total=12)
    services.record_search(text="   ", total=0)
    count = QueryCount.objects.get()
    assert (count.query, count.searches, count.zero_results, count.few_results) == (
        "knowledge management",
        3,
        1,
        1,
    )
    assert {field.name for field in QueryCount._meta.fields} == {
        "id",
        "day",
        "query",
        "searches",
        "zero_results",
        "few_results",
    }, "nothing about who searched"


def test_asking_twice_for_the_same_thing_is_one_request_with_two_votes(
    django_capture_on_commit_callbacks,
):
    topic = make_topic("retrospectives")
    first = services.ask_for_content(
        user=UserFactory(), text="Retros for <b>big</b> teams", topic=topic
    )
    second = services.ask_for_content(user=UserFactory(), text="retros for big teams", topic=topic)
    assert first.pk == second.pk
    assert (second.query, second.votes) == ("retros for big teams", 2)
    other_topic = services.ask_for_content(user=UserFactory(), text="retros for big teams")
    assert other_topic.pk != first.pk


def test_a_vote_can_be_taken_back_and_counts_once():
    member = UserFactory()
    request = services.ask_for_content(user=UserFactory(), text="sociocracy")
    assert services.vote(user=member, request=request) is True
    assert services.vote(user=member, request=request) is False
    assert services.vote(user=member, request=request) is True
    request.refresh_from_db()
    assert request.votes == 2


def test_asking_needs_words_a_member_and_a_sense_of_measure(monkeypatch):
    member = UserFactory()
    with pytest.raises(ContentRequestError):
        services.ask_for_content(user=member, text="   ")
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(ContentRequestError):
        services.ask_for_content(user=AnonymousUser(), text="sociocracy")
    monkeypatch.setattr(services, "DAILY_REQUEST_LIMIT", 2)
    services.ask_for_content(user=member, text="one")
    services.ask_for_content(user=member, text="two")
    with pytest.raises(ContentRequestError, match="come back tomorrow"):
        services.ask_for_content(user=member, text="three")
    assert ContentRequest.objects.count() == 2


def test_a_teacher_of_the_topic_answers_and_everyone_who_asked_is_emailed(
    django_capture_on_commit_callbacks,
):
    topic = make_topic("retrospectives")
    askers = [UserFactory(email=f"asker{n}@example.org") for n in range(2)]
    for asker in askers:
        request = services.ask_for_content(user=asker, text="retros for big teams", topic=topic)
    outsider = UserFactory(roles=[(Role.PEER_TEACHER, "storytelling")])
    teacher = UserFactory(roles=[(Role.PEER_TEACHER, "retrospectives")])
    course = make_course("Retrospectives for big teams", topic=topic)
    with pytest.raises(ContentRequestError):
        services.mark_answered(user=outsider, request=request, page=course)
    draft = make_course("Draft", topic=topic, live=False)
    with pytest.raises(ContentRequestError, match="published page"):
        services.mark_answered(user=teacher, request=request, page=draft)
    with django_capture_on_commit_callbacks(execute=True):
        services.mark_answered(user=teacher, request=request, page=course)
    request.refresh_from_db()
    assert (request.status, request.answer_id) == ("answered", course.pk)
    assert sorted(message.to[0] for message in mail.outbox) == [a.email for a in askers]
    assert course.url in mail.outbox[0].body
    with pytest.raises(ContentRequestError, match="already"):
        services.mark_answered(user=teacher, request=request, page=course)


def test_the_admin_shows_teachers_the_requests_of_their_topics(client):
    retro, stories = make_topic("retrospectives"), make_topic("storytelling")
    services.ask_for_content(user=UserFactory(), text="retros for big teams", topic=retro)
    services.ask_for_content(user=UserFactory(), text="stories for budgets", topic=stories)
    teacher = UserFactory(roles=[(Role.PEER_TEACHER, "retrospectives")])
    client.force_login(teacher)
    page = client.get(reverse("search_content_requests"))
    assert page.status_code == 200
    assert b"retros for big teams" in page.content
    assert b"stories for budgets" not in page.content
    client.force_login(UserFactory(roles=[Role.LEARNER]))
    assert client.get(reverse("search_content_requests")).status_code in (302, 403)


def test_answering_from_the_admin(client, django_capture_on_commit_callbacks):
    topic = make_topic("retrospectives")
    request = services.ask_for_content(user=UserFactory(), text="retro games", topic=topic)
    course = make_course("Retro games", topic=topic)
    client.force_login(UserFactory(roles=[Role.CURATOR]))
    url = reverse("search_answer_request", args=[request.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {"page": ""}).status_code == 200  # the form again, with an error
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"page": course.pk})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.answer_id == course.pk
    assert client.get(url).status_code == 404, "an answered request is closed"


def test_curators_put_a_request_on_the_homes_wanted_list_and_take_it_off(client, home_page):
    curator = UserFactory(roles=[Role.CURATOR])
    learner = UserFactory(roles=[Role.LEARNER])
    wanted = services.ask_for_content(user=learner, text="sociocracy basics")
    services.ask_for_content(user=learner, text="liberating structures")

    with pytest.raises(services.ContentRequestError):
        services.set_wanted(user=learner, request=wanted, wanted=True)
    services.set_wanted(user=curator, request=wanted, wanted=True)

    section = BeautifulSoup(client.get("/").content, "html.parser").find(id="wanted-title")
    text = section.find_parent("section").get_text()
    assert "sociocracy basics" in text and "liberating structures" not in text

    services.set_wanted(user=curator, request=wanted, wanted=False)
    assert BeautifulSoup(client.get("/").content, "html.parser").find(id="wanted-title") is None


def test_an_answered_request_cannot_go_on_the_wanted_list(home_page):
    curator = UserFactory(roles=[Role.CURATOR])
    request = services.ask_for_content(user=UserFactory(roles=[Role.LEARNER]), text="okrs")
    services.mark_answered(user=curator, request=request, page=home_page)

    with pytest.raises(services.ContentRequestError, match="already been answered"):
        services.set_wanted(user=curator, request=request, wanted=True)


def test_a_curator_pins_a_page_first_for_a_search_nobody_found_anything_for(home_page):
    curator = UserFactory(roles=[Role.CURATOR])
    first = make_course("Sociocracy in teams")
    second = make_course("Consent decisions")
    services.pin_promotion(user=curator, text="Sociocracy", page=first)
    services.pin_promotion(
        user=curator, text="  sociocracy ", page=second, description="<b>New</b>"
    )

    promoted = catalogue.promotions("sociocracy")
    assert [(item.title, item.description) for item in promoted] == [
        ("Consent decisions", "New"),
        ("Sociocracy in teams", ""),
    ]
    with pytest.raises(services.PromotionError, match="already promoted"):
        services.pin_promotion(user=curator, text="sociocracy", page=first)
    with pytest.raises(services.PromotionError, match="Only curators"):
        services.pin_promotion(user=UserFactory(roles=[Role.LEARNER]), text="okr", page=first)
