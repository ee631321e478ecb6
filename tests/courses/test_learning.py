"""Enrolment, lesson progress and course completion, as a learner experiences them."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from academy.courses import services
from academy.courses.models import Enrolment, LearningPathPage, LearningPathStep, LessonCompletion
from tests.factories import UserFactory, make_catalogue, make_course, make_lesson
from tests.factories.courses import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    course = make_course("Running retrospectives")
    for title, minutes in [
        ("Why look back", 10),
        ("Set the stage", 15),
        ("Decide what to try", 20),
    ]:
        make_lesson(course, title, minutes=minutes)
    return course


def _text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def test_anonymous_visitor_reads_lessons_and_is_asked_to_sign_up_to_enrol(client, course):
    page = _text(client.get(course.url))
    assert "Sign up to enrol" in page
    assert "3 lessons" in page and "45 min" in page
    lesson = course.get_children().first().specific
    assert "Try this with your team." in _text(client.get(lesson.url))

    response = client.post(reverse("courses:enrol", args=[course.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not Enrolment.objects.exists()


def test_signing_up_from_a_course_brings_the_visitor_back_to_it(client, course):
    soup = BeautifulSoup(client.get(course.url).content, "html.parser")
    signup_url = soup.find("a", string="Sign up to enrol")["href"]
    signup_form = BeautifulSoup(client.get(signup_url).content, "html.parser")
    hidden_next = signup_form.find("input", {"name": "next"})["value"]
    password = "a-long-and-unusual-passphrase"
    client.post(
        signup_url,
        {
            "email": "new@example.org",
            "username": "newcomer",
            "password1": password,
            "password2": password,
            "next": hidden_next,
        },
    )
    confirm_path = re.search(r"(/accounts/confirm-email/[^/\s]+/)", mail.outbox[0].body)[1]
    response = client.post(confirm_path)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_member_enrols_once_and_starts_with_the_first_lesson(client, member, course):
    client.force_login(member)
    response = client.post(reverse("courses:enrol", args=[course.pk]))
    first = course.get_children().first()
    assert response["Location"] == first.url
    client.post(reverse("courses:enrol", args=[course.pk]))
    assert Enrolment.objects.filter(user=member, course=course).count() == 1
    assert "0 of 3 lessons, 45 min left" in _text(client.get(course.url))


def test_marking_a_lesson_done_twice_counts_once_and_moves_on(client, member, course):
    client.force_login(member)
    first, second, _third = course.get_children().specific()
    done_url = reverse("courses:lesson_done", args=[first.pk])
    assert client.post(done_url)["Location"] == second.url
    client.post(done_url)
    assert LessonCompletion.objects.filter(user=member).count() == 1
    assert "1 of 3 lessons, 35 min left" in _text(client.get(course.url))
    assert "You marked this lesson as done." in _text(client.get(first.url))


def test_finishing_the_last_lesson_completes_the_course_with_a_date(client, member, course):
    client.force_login(member)
    lessons = list(course.get_children().specific())
    for lesson in lessons:
        response = client.post(reverse("courses:lesson_done", args=[lesson.pk]))
    assert response["Location"] == course.url
    enrolment = Enrolment.objects.get(user=member, course=course)
    assert enrolment.completed_at is not None
    page = _text(client.get(course.url))
    assert "Course complete. Well done!" in page
    assert "You completed this course on" in page


def test_undoing_a_lesson_reopens_the_course(client, member, course):
    for lesson in course.get_children().specific():
        services.mark_lesson_done(user=member, lesson=lesson)
    last = course.get_children().last().specific
    client.force_login(member)
    client.post(reverse("courses:lesson_done", args=[last.pk]), {"undo": "1"})
    assert Enrolment.objects.get(user=member).completed_at is None
    assert "2 of 3 lessons, 20 min left" in _text(client.get(course.url))


def test_my_learning_and_home_page_offer_to_continue(client, member, course, home_page):
    first, second, _ = course.get_children().specific()
    services.mark_lesson_done(user=member, lesson=first)
    client.force_login(member)
    my_learning = _text(client.get(reverse("courses:my_learning")))
    assert "Running retrospectives" in my_learning
    assert f"Continue: {second.title}" in my_learning
    home = _text(client.get("/"))
    assert "Continue where you left off" in home
    assert f"Continue: {second.title}" in home


def test_my_learning_without_courses_shows_how_to_start(client, member):
    client.force_login(member)
    assert "You are not following a course yet" in _text(client.get(reverse("courses:my_learning")))


def test_drafts_cannot_be_learned(client, member):
    draft = make_course("Secret draft", live=False)
    lesson = make_lesson(draft, "Hidden", live=False)
    client.force_login(member)
    assert client.post(reverse("courses:enrol", args=[draft.pk])).status_code == 404
    assert client.post(reverse("courses:lesson_done", args=[lesson.pk])).status_code == 404
    assert (
        client.get(lesson.url if lesson.url else "/courses/secret-draft/hidden/").status_code == 404
    )


def test_leaving_keeps_completed_lessons_for_later(client, member, course):
    first = course.get_children().first().specific
    services.mark_lesson_done(user=member, lesson=first)
    client.force_login(member)
    client.post(reverse("courses:leave", args=[course.pk]))
    assert not Enrolment.objects.filter(user=member).exists()
    services.enrol(user=member, course=course)
    assert "1 of 3 lessons" in _text(client.get(course.url))


def test_learning_endpoints_only_accept_post(client, member, course):
    client.force_login(member)
    assert client.get(reverse("courses:enrol", args=[course.pk])).status_code == 405


def test_other_members_progress_is_their_own(client, course):
    first = course.get_children().first().specific
    services.mark_lesson_done(user=UserFactory(), lesson=first)
    client.force_login(UserFactory())
    assert "Sign up to enrol" not in _text(client.get(course.url))
    assert "Enrol for free" in _text(client.get(course.url))


def test_learning_path_shows_progress_over_its_courses(client, member):
    first = make_course("First step")
    lesson = make_lesson(first, "Only lesson")
    second = make_course("Second step")
    make_lesson(second, "Another lesson")
    path = LearningPathPage(title="A path", slug="a-path")
    path.steps = [
        LearningPathStep(course=first, why="Start here."),
        LearningPathStep(course=second, why="Then this."),
    ]
    publish(path, parent=make_catalogue())
    services.mark_lesson_done(user=member, lesson=lesson)
    client.force_login(member)
    text = _text(client.get(path.url))
    assert "1 of 2 courses completed" in text
    assert text.index("First step") < text.index("Second step")
    assert "Start here." in text
