"""The catalogue a learner browses: filters, sort, pagination, empty states, no leaks."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from academy.courses import services
from tests.factories import UserFactory, make_catalogue, make_course, make_lesson, make_topic

pytestmark = pytest.mark.django_db


def _titles(client, query="") -> list[str]:
    response = client.get(f"{make_catalogue().url}{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in soup.select(".course-card .card__title a")]


def test_filters_by_topic_including_subtopics_level_language_and_length(client):
    facilitation = make_topic("facilitation")
    retros = make_topic("retrospectives", parent=facilitation)
    writing = make_topic("writing")
    long_course = make_course("Long retro course", topic=retros, level="advanced")
    for number in range(4):
        make_lesson(long_course, f"Part {number}", minutes=50)
    short_course = make_course("Short german course", topic=writing, language="de")
    make_lesson(short_course, "Kurz", minutes=20)

    assert _titles(client, "?topic=facilitation") == ["Long retro course"]
    assert _titles(client, "?topic=writing") == ["Short german course"]
    assert _titles(client, "?level=advanced") == ["Long retro course"]
    assert _titles(client, "?language=de") == ["Short german course"]
    assert _titles(client, "?length=short") == ["Short german course"]
    assert _titles(client, "?length=long") == ["Long retro course"]
    assert _titles(client, "?length=medium") == []


def test_unknown_filter_values_are_ignored_not_fatal(client):
    make_course("Any course")
    assert _titles(client, "?level=wizard&topic=nope&sort=sideways&page=99") == ["Any course"]


def test_sorts_by_learners_and_rating(client):
    quiet = make_course("Quiet course")
    busy = make_course("Busy course")
    quiet_lesson = make_lesson(quiet, "Q1")
    busy_lesson = make_lesson(busy, "B1")
    for _ in range(2):
        services.enrol(user=UserFactory(), course=busy)
    rater = UserFactory()
    services.give_feedback(user=rater, lesson=quiet_lesson, rating=5)
    services.give_feedback(user=rater, lesson=busy_lesson, rating=2)

    assert _titles(client, "?sort=popular")[0] == "Busy course"
    assert _titles(client, "?sort=rated")[0] == "Quiet course"
    assert _titles(client, "?sort=newest")[0] == "Busy course"


def test_paginates_twelve_courses_a_page_and_keeps_filters(client):
    for number in range(14):
        make_course(f"Course {number:02}", level="beginner")
    first_page = client.get(f"{make_catalogue().url}?level=beginner")
    soup = BeautifulSoup(first_page.content, "html.parser")
    assert len(soup.select(".course-card")) == 12
    assert "Page 1 of 2" in soup.get_text()
    next_link = soup.find("a", rel="next")["href"]
    assert "level=beginner" in next_link and "page=2" in next_link
    assert len(_titles(client, next_link)) == 2


def test_shows_why_a_filter_found_nothing(client):
    make_course("Beginner course")
    response = client.get(f"{make_catalogue().url}?level=advanced")
    assert "No course matches these filters" in response.content.decode()
    assert "Clear filters" in response.content.decode()


def test_empty_catalogue_says_courses_are_coming(client):
    response = client.get(make_catalogue().url)
    assert "No courses published yet" in response.content.decode()


def test_drafts_and_private_courses_never_appear(client):
    make_course("Published course")
    make_course("Draft course", live=False)
    private = make_course("Private course")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert _titles(client) == ["Published course"]


def test_cards_show_lessons_minutes_learners_and_rating(client):
    course = make_course("Figures course")
    lesson = make_lesson(course, "One", minutes=25)
    make_lesson(course, "Two", minutes=5)
    services.give_feedback(user=UserFactory(), lesson=lesson, rating=4)
    services.enrol(user=UserFactory(), course=course)
    card = BeautifulSoup(client.get(make_catalogue().url).content, "html.parser").select_one(
        ".course-card"
    )
    text = " ".join(card.get_text().split())
    assert "2 lessons" in text
    assert "30 min" in text
    assert "1 learner" in text
    assert "★ 4.0" in text


def test_featured_courses_appear_on_the_home_page_in_curator_order(client, home_page):
    make_course("Second pick", featured=True, featured_order=2)
    make_course("First pick", featured=True, featured_order=1)
    make_course("Not featured")
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    titles = [link.get_text() for link in soup.select(".course-card .card__title a")]
    assert titles == ["First pick", "Second pick"]


def test_featured_courses_carry_a_badge_in_the_catalogue(client):
    make_course("Picked", featured=True)
    make_course("Not picked")
    soup = BeautifulSoup(client.get(make_catalogue().url).content, "html.parser")
    badges = {
        card.select_one(".card__title").get_text(): bool(card.select_one(".badge"))
        for card in soup.select(".course-card")
    }
    assert badges == {"Picked": True, "Not picked": False}
