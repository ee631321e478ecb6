"""Was this useful, tried it in practice, and kudos: validation, uniqueness, inert text."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from academy.courses.models import Kudos, LessonFeedback, PracticeReport
from tests.factories import UserFactory, make_course, make_lesson

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>Great lesson'


@pytest.fixture
def lesson():
    return make_lesson(make_course("Feedback course"), "Rated lesson")


def test_rating_must_be_one_to_five_and_errors_keep_the_input(client, member, lesson):
    client.force_login(member)
    response = client.post(
        reverse("courses:lesson_feedback", args=[lesson.pk]), {"rating": "9", "comment": "Kept"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "Kept" in html
    assert not LessonFeedback.objects.exists()


def test_feedback_is_one_per_member_and_can_be_changed(client, member, lesson):
    client.force_login(member)
    url = reverse("courses:lesson_feedback", args=[lesson.pk])
    client.post(url, {"rating": "3", "comment": ""})
    response = client.post(url, {"rating": "5", "comment": "Better on second read"})
    assert response.status_code == 302
    feedback = LessonFeedback.objects.get()
    assert (feedback.rating, feedback.comment) == (5, "Better on second read")


def test_comments_and_practice_reports_are_stored_clean_and_render_inert(client, member, lesson):
    client.force_login(member)
    client.post(
        reverse("courses:lesson_feedback", args=[lesson.pk]), {"rating": "4", "comment": XSS}
    )
    client.post(reverse("courses:lesson_practice", args=[lesson.pk]), {"text": XSS})
    assert "<script" not in LessonFeedback.objects.get().comment
    assert "onerror" not in PracticeReport.objects.get().text
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    assert not soup.select(".lesson-feedback script, .lesson-feedback img")
    assert "Great lesson" in soup.select_one(".lesson-feedback").get_text()


def test_practice_report_needs_text(client, member, lesson):
    client.force_login(member)
    response = client.post(reverse("courses:lesson_practice", args=[lesson.pk]), {"text": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_kudos_toggle_once_per_member(client, member, lesson):
    client.force_login(member)
    url = reverse("courses:lesson_kudos", args=[lesson.pk])
    client.post(url)
    assert Kudos.objects.filter(lesson=lesson).count() == 1
    client.force_login(UserFactory())
    client.post(url)
    assert "2 kudos" in client.get(lesson.url).content.decode()
    client.post(url)
    assert Kudos.objects.filter(lesson=lesson).count() == 1


def test_feedback_needs_a_signed_in_member(client, lesson):
    response = client.post(reverse("courses:lesson_feedback", args=[lesson.pk]), {"rating": "5"})
    assert response.status_code == 302
    assert not LessonFeedback.objects.exists()
