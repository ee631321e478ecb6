"""Who gets pages from the cache: anonymous visitors of public Wagtail pages, each address
and language apart; never members, restricted pages, live sessions or per-visitor content."""

import time
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.middleware.csrf import get_token
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from academy.courses.models import CoursePage
from academy.live.models import LiveSessionPage
from academy.live.services import registration
from academy.pagecache import services
from cms.models import StandardPage
from tests.factories import UserFactory, make_catalogue, make_course, make_lesson, make_session
from tests.factories.courses import publish

from .helpers import cached, text

pytestmark = pytest.mark.django_db


def test_a_visitor_gets_the_same_page_from_the_cache_with_no_token_and_no_cookie(
    page_cache, home_page
):
    course = make_course("Running retrospectives")
    lesson = make_lesson(course, "Why look back")
    about = publish(StandardPage(title="About the academy", slug="about"), parent=home_page)
    for url in ["/", make_catalogue().url, course.url, lesson.url, about.url]:
        first, second = Client().get(url), Client().get(url)
        assert (first.status_code, first["X-Cache"]) == (200, "MISS"), url
        assert (second.status_code, second["X-Cache"]) == (200, "HIT"), url
        assert second.content == first.content
        for header in ("Content-Type", "Content-Length", "X-Frame-Options"):
            assert second[header] == first[header], header
        for response in (first, second):
            assert "csrfmiddlewaretoken" not in response.content.decode(), url
            assert not response.cookies, url
        # A signed-in member gets another page at the same address.
        assert "Cookie" in second["Vary"]


def test_a_page_with_a_form_for_visitors_is_never_cached(
    client, page_cache, home_page, monkeypatch
):
    """A CSRF token in a page sets a cookie: such a page is rendered for each visitor."""
    page = publish(StandardPage(title="Contact", slug="contact"), parent=home_page)
    render = StandardPage.get_context

    def render_with_a_form(page, request, *args, **kwargs):
        return {**render(page, request, *args, **kwargs), "token": get_token(request)}

    monkeypatch.setattr(StandardPage, "get_context", render_with_a_form)
    first, second = Client().get(page.url), Client().get(page.url)
    assert (first["X-Cache"], second["X-Cache"]) == ("BYPASS", "BYPASS")
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_head_requests_are_answered_from_the_cache(client, page_cache):
    course = make_course("Running retrospectives")
    assert client.get(course.url)["X-Cache"] == "MISS"
    response = client.head(course.url)
    assert (response.status_code, response["X-Cache"]) == (200, "HIT")


def test_members_neither_get_nor_fill_the_cache(client, page_cache, member):
    course = make_course("Running retrospectives")
    client.force_login(member)
    as_member = client.get(course.url)
    assert as_member["X-Cache"] == "BYPASS"
    assert "Enrol for free" in text(as_member) and "Sign out" in text(as_member)
    assert "csrfmiddlewaretoken" in as_member.content.decode()  # their own forms

    visitor = Client()
    as_visitor = visitor.get(course.url)
    assert as_visitor["X-Cache"] == "MISS", "the member's visit stored nothing"
    assert "Sign up to enrol" in text(as_visitor) and "Sign out" not in text(as_visitor)
    assert visitor.get(course.url)["X-Cache"] == "HIT"

    again = client.get(course.url)
    assert again["X-Cache"] == "BYPASS"
    assert "Enrol for free" in text(again) and "Sign up to enrol" not in text(again)


def test_a_message_for_one_visitor_is_never_cached_nor_hidden_by_the_cache(
    client, page_cache, member, home_page
):
    other = cached("/")
    client.force_login(member)
    client.post("/accounts/logout/")
    signed_out = client.get("/")
    assert "You have signed out." in text(signed_out)
    assert signed_out["X-Cache"] == "BYPASS"

    response = other.get("/")
    assert response["X-Cache"] == "HIT"
    assert "You have signed out." not in text(response)
    # Once shown, the message is gone and the signed-out visitor is a visitor like any other.
    assert client.get("/")["X-Cache"] == "HIT"


def test_each_address_and_language_is_cached_apart(client, page_cache):
    make_course("Running retrospectives", level="beginner")
    catalogue = make_catalogue().url
    cached(catalogue, client)
    advanced = client.get(f"{catalogue}?level=advanced")
    assert advanced["X-Cache"] == "MISS"
    assert "No course matches these filters" in text(advanced)
    assert client.get(f"{catalogue}?level=advanced")["X-Cache"] == "HIT"
    assert "Running retrospectives" in text(client.get(catalogue))

    german = client.get(f"/de{catalogue}")
    assert german["X-Cache"] == "MISS"
    assert '<html lang="de">' in german.content.decode()
    assert client.get(f"/de{catalogue}").content == german.content
    # The address names the language (decision 1): a German browser reads English at "/courses/".
    english = client.get(catalogue, headers={"accept-language": "de"})
    assert english["X-Cache"] == "HIT"
    assert '<html lang="en">' in english.content.decode()


def test_pages_behind_a_password_are_never_cached(page_cache):
    course = make_course("Running retrospectives")
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    first, second = Client().get(course.url), Client().get(course.url)
    for response in (first, second):
        assert response["X-Cache"] == "BYPASS"
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert "Running retrospectives" not in text(response)
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_pages_for_members_only_are_never_cached(client, page_cache, member):
    course = make_course("Running retrospectives")
    lesson = make_lesson(course, "Why look back")
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response = client.get(lesson.url)
        assert response.status_code == 302
        assert "login" in response["Location"]
    client.force_login(member)
    for _ in range(2):
        response = client.get(lesson.url)
        assert (response.status_code, response["X-Cache"]) == (200, "BYPASS")


def test_live_sessions_are_never_cached_so_seats_left_are_always_current(client, page_cache):
    host = UserFactory(username="tomas")
    session = make_session("Retro clinic", host=host, capacity=2)
    index = session.get_parent().url
    for url in (index, session.url):
        assert client.get(url)["X-Cache"] == "BYPASS"
    assert "2 seats left" in text(client.get(index))
    registration.register(user=UserFactory(), session=session)
    response = client.get(index)
    assert response["X-Cache"] == "BYPASS"
    assert "1 seat left" in text(response)


def test_a_session_that_starts_shows_it_at_once(client, page_cache):
    session = make_session("Retro clinic", host=UserFactory(), starts_in=timedelta(hours=1))
    assert "Sign up to join" in text(client.get(session.url))
    # The clock reaches the start: nothing is published, nothing purges.
    started = timezone.now() - timedelta(minutes=5)
    LiveSessionPage.objects.filter(pk=session.pk).update(
        starts_at=started, ends_at=started + timedelta(hours=1)
    )
    response = client.get(session.url)
    assert "Registration closed when the session started." in text(response)


def test_a_page_is_kept_for_page_cache_seconds(client, settings):
    settings.PAGE_CACHE_SECONDS = 1
    course = make_course("Running retrospectives")
    cached(course.url, client)
    time.sleep(1.1)
    assert client.get(course.url)["X-Cache"] == "MISS"


def test_with_the_cache_off_every_page_is_rendered(client, home_page, settings):
    assert settings.PAGE_CACHE_SECONDS == 0  # the test settings' default
    course = make_course("Running retrospectives")
    client.get(course.url)
    CoursePage.objects.filter(pk=course.pk).update(title="Retrospectives, renamed")
    response = client.get(course.url)
    assert "X-Cache" not in response
    assert "Retrospectives, renamed" in text(response)


def test_a_page_rendered_while_a_change_commits_is_not_kept(client, page_cache, monkeypatch):
    course = make_course("Running retrospectives")
    render = CoursePage.get_context

    def render_while_an_editor_publishes(page, request, *args, **kwargs):
        context = render(page, request, *args, **kwargs)
        CoursePage.objects.filter(pk=page.pk).update(title="Retrospectives, renamed")
        services.purge_pages()  # the editor's publish commits and purges meanwhile
        return context

    monkeypatch.setattr(CoursePage, "get_context", render_while_an_editor_publishes)
    assert "Running retrospectives" in text(client.get(course.url))
    monkeypatch.undo()
    response = client.get(course.url)
    assert response["X-Cache"] == "MISS"
    assert "Retrospectives, renamed" in text(response)


def test_a_preview_shows_the_draft_even_when_the_live_page_is_cached(page_cache):
    course = make_course("Running retrospectives")
    cached(course.url, Client(HTTP_HOST=urlsplit(course.full_url).netloc))
    course.title = "Retrospectives, the draft"
    draft = course.save_revision().as_object()
    # The admin's preview and moderation views render through every middleware.
    preview = draft.make_preview_request()
    assert "X-Cache" not in preview
    assert "Retrospectives, the draft" in text(preview)


def test_the_cache_answers_only_for_addresses_wagtail_serves(
    client, page_cache, home_page, settings
):
    about = publish(StandardPage(title="About the academy", slug="about"), parent=home_page)
    cached(about.url, client)
    settings.ROOT_URLCONF = "tests.pagecache.urls"
    assert client.get(about.url).content == b"A view of its own"
