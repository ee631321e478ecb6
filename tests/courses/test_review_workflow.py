"""Peer review → Curator approval, through the admin: a mentor of the topic reviews, a
curator approves and it publishes; requested changes reach the author by email."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page

from academy.courses.models import CoursePage
from academy.peers.models import ReputationEvent
from academy.peers.roles import Role
from tests.courses.test_authoring import course_form
from tests.factories import UserFactory, make_course, make_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {
        "teacher": UserFactory(username="teacher", roles=[Role.PEER_TEACHER]),
        "mentor": UserFactory(username="mentor", roles=[Role.PEER_TEACHER, Role.MENTOR]),
        "curator": UserFactory(username="curator", roles=[Role.CURATOR]),
    }


def _edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _submit(client, course):
    client.force_login(course.owner)
    data = {**course_form(course.title, slug=course.slug), "action-submit": "1"}
    assert client.post(_edit_url(course), data).status_code == 302


def _act(client, user, course, action, comment=""):
    course = Page.objects.get(pk=course.pk)
    task_state = course.current_workflow_task_state
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[course.pk, action, task_state.pk])
    return client.post(url, {"comment": comment} if comment else {})


def test_course_goes_from_draft_through_review_to_published(client, people):
    course = make_course("Reviewed course", live=False, owner=people["teacher"])
    _submit(client, course)
    page = Page.objects.get(pk=course.pk)
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == "Peer review"
    # Mentors hear that something waits for their review.
    assert any("mentor@example.org" in message.to for message in mail.outbox)

    _act(client, people["mentor"], course, "approve")
    page = Page.objects.get(pk=course.pk)
    assert page.current_workflow_task.name == "Curator approval"
    assert not page.live

    _act(client, people["curator"], course, "approve")
    page = Page.objects.get(pk=course.pk)
    assert page.live
    assert not page.workflow_in_progress


def test_reviewer_requests_changes_and_the_author_is_told_why(
    client, people, django_capture_on_commit_callbacks
):
    course = make_course("Needs work", live=False, owner=people["teacher"])
    _submit(client, course)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _act(client, people["mentor"], course, "reject", comment="Add an example from practice.")
    page = CoursePage.objects.get(pk=course.pk)
    assert not page.live
    assert page.current_workflow_state.status == "needs_changes"
    # Once, by the author's notification: not also by Wagtail's own workflow email.
    [to_author] = [message for message in mail.outbox if "teacher@example.org" in message.to]
    assert to_author.subject == "mentor asks for changes to your course “Needs work”"
    assert "Add an example from practice." in to_author.body

    client.force_login(people["teacher"])
    assert "Add an example from practice." in client.get(_edit_url(course)).content.decode()


def test_mentors_never_review_their_own_course(client, people):
    course = make_course("Mentor's own", live=False, owner=people["mentor"])
    _submit(client, course)
    _act(client, people["mentor"], course, "approve")
    page = Page.objects.get(pk=course.pk)
    assert page.current_workflow_task.name == "Peer review", "self-review must not advance"


def test_teachers_cannot_approve(client, people):
    other = UserFactory(username="other", roles=[Role.PEER_TEACHER])
    course = make_course("Someone's course", live=False, owner=other)
    _submit(client, course)
    _act(client, people["teacher"], course, "approve")
    assert Page.objects.get(pk=course.pk).current_workflow_task.name == "Peer review"


def test_mentor_can_open_a_course_under_review_but_not_others(client, people):
    other = UserFactory(username="other", roles=[Role.PEER_TEACHER])
    submitted = make_course("Submitted course", live=False, owner=other)
    draft = make_course("Private draft", live=False, owner=other)
    _submit(client, submitted)
    client.force_login(people["mentor"])
    assert client.get(_edit_url(submitted)).status_code == 200
    assert client.get(_edit_url(draft)).status_code != 200


def test_approving_a_course_publishes_its_lessons_and_reviewers_can_read_them(client, people):
    course = make_course("Course with lessons", live=False, owner=people["teacher"])
    lesson = make_lesson(course, "Draft lesson", live=False)
    _submit(client, course)

    client.force_login(people["mentor"])
    assert client.get(_edit_url(lesson)).status_code == 200, "reviewers read lessons too"
    _act(client, people["mentor"], course, "approve")
    _act(client, people["curator"], course, "approve")

    assert Page.objects.get(pk=course.pk).live
    assert Page.objects.get(pk=lesson.pk).live
    client.logout()
    assert client.get(Page.objects.get(pk=lesson.pk).url).status_code == 200


def test_reviewers_cannot_open_lessons_of_courses_not_in_review(client, people):
    other = UserFactory(username="other", roles=[Role.PEER_TEACHER])
    course = make_course("Quiet draft", live=False, owner=other)
    lesson = make_lesson(course, "Quiet lesson", live=False)
    client.force_login(people["mentor"])
    assert client.get(_edit_url(lesson)).status_code != 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reviews_and_approvals_earn_reputation(client):
    teacher = UserFactory(username="teacher", roles=[Role.PEER_TEACHER])
    mentor = UserFactory(username="mentor", roles=[Role.PEER_TEACHER, Role.MENTOR])
    curator = UserFactory(username="curator", roles=[Role.CURATOR])
    course = make_course("Earned course", live=False, owner=teacher)
    _submit(client, course)
    _act(client, mentor, course, "approve")
    _act(client, curator, course, "approve")
    earned = dict(ReputationEvent.objects.values_list("user__username", "cause"))
    assert earned == {"mentor": "review_done", "teacher": "content_approved"}
