"""Who may create, edit, submit, publish, copy and delete catalogue pages, through the real
Wagtail admin URLs: a peer teacher works on their own courses only and never publishes."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from academy.courses import services
from academy.courses.models import CatalogueIndexPage, CoursePage, LessonPage
from academy.live.models import SessionsIndexPage
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course, make_lesson, make_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {
        "learner": UserFactory(username="learner"),
        "teacher": UserFactory(username="teacher", roles=[Role.PEER_TEACHER]),
        "other_teacher": UserFactory(username="other", roles=[Role.PEER_TEACHER]),
        "mentor": UserFactory(username="mentor", roles=[Role.PEER_TEACHER, Role.MENTOR]),
        "curator": UserFactory(username="curator", roles=[Role.CURATOR]),
    }


@pytest.fixture
def catalogue():
    return CatalogueIndexPage.objects.get()


@pytest.fixture
def own_course(people):
    course = make_course("Own course", live=False, owner=people["teacher"])
    make_lesson(course, "Own lesson", live=False)
    return course


@pytest.fixture
def other_course(people):
    course = make_course("Other course", live=False, owner=people["other_teacher"])
    make_lesson(course, "Other lesson", live=False)
    return course


def course_form(title="New course", **overrides):
    data = {
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "summary": "What it is about.",
        "outcomes": streamfield([("outcome", "Run a retro")]),
        "prerequisites": "",
        "topic": make_topic().pk,
        "level": "beginner",
        "language": "en",
        "tags": "",
        "cover_image": "",
        "comments": inline_formset([]),
        **overrides,
    }
    return nested_form_data(data)


def lesson_form(title="New lesson"):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "summary": "",
            "estimated_minutes": "10",
            "body": streamfield([("paragraph", rich_text("<p>Try it.</p>"))]),
            "comments": inline_formset([]),
        }
    )


def _add_course_url(catalogue):
    return reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk])


def _add_lesson_url(course):
    return reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk])


def _allowed(response) -> bool:
    """Served the view; Wagtail answers a denial with 403, 404 or a redirect to the dashboard."""
    return response.status_code == 200


def test_role_page_permissions_are_scoped_to_the_catalogue_and_the_sessions(catalogue):
    """Wagtail's sample groups could publish anywhere; roles hold rights on the catalogue and
    the sessions index only (peer teachers publish their own sessions, not their courses)."""
    sessions = SessionsIndexPage.objects.get()
    rights = {}
    for permission in GroupPagePermission.objects.select_related("group", "permission", "page"):
        section = {catalogue.pk: "catalogue", sessions.pk: "sessions"}[permission.page_id]
        rights.setdefault((permission.group.name, section), set()).add(
            permission.permission.codename
        )
    assert not Group.objects.filter(name="Editors").exists()
    curating = {
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    }
    assert rights == {
        ("Peer teachers", "catalogue"): {"add_page"},
        ("Peer teachers", "sessions"): {"add_page", "publish_page"},
        ("Curators", "catalogue"): curating,
        ("Curators", "sessions"): curating,
    }


# Create -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("learner", False), ("teacher", True), ("mentor", True), ("curator", True)],
)
def test_who_may_open_the_new_course_form(client, people, catalogue, who, allowed):
    client.force_login(people[who])
    assert _allowed(client.get(_add_course_url(catalogue))) is allowed


def test_anonymous_visitors_are_sent_to_sign_in(client, catalogue, own_course):
    for url in [
        _add_course_url(catalogue),
        reverse("wagtailadmin_pages:edit", args=[own_course.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_teacher_creates_a_course_as_a_draft_even_when_asking_to_publish(client, people, catalogue):
    client.force_login(people["teacher"])
    response = client.post(_add_course_url(catalogue), course_form(**{"action-publish": "1"}))
    assert response.status_code == 302
    course = CoursePage.objects.get(slug="new-course")
    assert course.owner == people["teacher"]
    assert not course.live


def test_only_curators_create_learning_paths(client, people, catalogue):
    url = reverse("wagtailadmin_pages:add", args=["courses", "learningpathpage", catalogue.pk])
    client.force_login(people["teacher"])
    assert not _allowed(client.get(url))
    client.force_login(people["curator"])
    assert _allowed(client.get(url))


def test_teachers_add_lessons_only_to_their_own_courses(client, people, own_course, other_course):
    client.force_login(people["teacher"])
    assert _allowed(client.get(_add_lesson_url(own_course)))
    assert not _allowed(client.get(_add_lesson_url(other_course)))
    client.post(_add_lesson_url(other_course), lesson_form("Sneaky lesson"))
    assert not LessonPage.objects.filter(slug="sneaky-lesson").exists()


# Edit, history, copy, delete ---------------------------------------------------------------


def _page_urls(page):
    revision = page.latest_revision
    return {
        "edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "revisions": reverse("wagtailadmin_pages:revisions_index", args=[page.pk]),
        "revision": reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
        "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
        "delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
        "preview": reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
    }


@pytest.mark.parametrize("view", ["edit", "history", "revision", "copy", "delete", "preview"])
def test_teacher_cannot_touch_another_teachers_course_or_lesson(client, people, other_course, view):
    client.force_login(people["teacher"])
    for page in [other_course, other_course.get_children().first().specific]:
        assert not _allowed(client.get(_page_urls(page)[view])), f"{view} of {page} was served"


@pytest.mark.parametrize("view", ["edit", "history", "revision", "copy"])
def test_teacher_works_on_their_own_course(client, people, own_course, view):
    client.force_login(people["teacher"])
    assert client.get(_page_urls(own_course)[view]).status_code == 200


def test_teacher_deletes_own_draft_lessons_but_not_a_course_with_lessons(
    client, people, own_course
):
    client.force_login(people["teacher"])
    lesson = own_course.get_children().first()
    assert not _allowed(client.get(_page_urls(own_course)["delete"]))
    client.post(_page_urls(lesson)["delete"])
    assert not Page.objects.filter(pk=lesson.pk).exists()


def _add_co_author(client, course, people, user):
    """The course's owner names a co-author in the admin, in a draft."""
    client.force_login(course.owner)
    data = {**course_form(course.title, slug=course.slug), "co_authors": [user.pk]}
    assert client.post(_page_urls(course)["edit"], data).status_code == 302


def test_co_authors_edit_the_course_and_its_lessons(client, people, other_course):
    _add_co_author(client, other_course, people, people["teacher"])
    client.force_login(people["teacher"])
    lesson = other_course.get_children().first()
    assert client.get(_page_urls(other_course)["edit"]).status_code == 200
    assert client.get(_page_urls(lesson)["edit"]).status_code == 200
    assert _allowed(client.get(_add_lesson_url(other_course)))


def test_teacher_who_loses_the_role_loses_editing(client, people, own_course):
    people["teacher"].groups.clear()
    client.force_login(people["teacher"])
    assert client.get(_page_urls(own_course)["edit"]).status_code != 200


@pytest.mark.parametrize(("who", "allowed"), [("other_teacher", False), ("curator", True)])
def test_only_who_may_move_a_course_sees_the_move_confirmation(
    client, people, catalogue, own_course, who, allowed
):
    client.force_login(people[who])
    url = reverse("wagtailadmin_pages:move_confirm", args=[own_course.pk, catalogue.pk])
    assert _allowed(client.get(url)) is allowed


def test_curators_edit_every_course(client, people, other_course):
    client.force_login(people["curator"])
    assert client.get(_page_urls(other_course)["edit"]).status_code == 200


def test_editing_posts_from_other_teachers_change_nothing(client, people, other_course):
    client.force_login(people["teacher"])
    client.post(_page_urls(other_course)["edit"], course_form("Defaced", slug="other-course"))
    assert Page.objects.get(pk=other_course.pk).get_latest_revision_as_object().title == (
        "Other course"
    )


def test_explorer_lists_a_teachers_own_courses_only(
    client, people, catalogue, own_course, other_course
):
    client.force_login(people["teacher"])
    html = client.get(reverse("wagtailadmin_explore", args=[catalogue.pk])).content.decode()
    assert "Own course" in html
    assert "Other course" not in html


def test_teacher_space_lists_own_and_co_authored_courses(client, people, own_course, other_course):
    client.force_login(people["teacher"])
    html = client.get(reverse("courses_my_courses")).content.decode()
    assert "Own course" in html and "Other course" not in html
    _add_co_author(client, other_course, people, people["teacher"])
    client.force_login(people["teacher"])
    assert "Other course" in client.get(reverse("courses_my_courses")).content.decode()
    client.force_login(people["learner"])
    assert client.get(reverse("courses_my_courses")).status_code in (302, 403)


# Publish ------------------------------------------------------------------------------------


def test_teacher_cannot_publish_own_course(client, people, own_course):
    client.force_login(people["teacher"])
    client.post(
        _page_urls(own_course)["edit"],
        course_form("Own course", slug="own-course", **{"action-publish": "1"}),
    )
    assert not Page.objects.get(pk=own_course.pk).live


def test_curator_publishes_directly(client, people, own_course):
    client.force_login(people["curator"])
    data = course_form("Own course", slug="own-course", featured="on", featured_order="1")
    client.post(_page_urls(own_course)["edit"], {**data, "action-publish": "1"})
    course = CoursePage.objects.get(pk=own_course.pk)
    assert course.live
    assert course.featured


def test_featuring_is_for_curators_only(client, people, own_course):
    client.force_login(people["teacher"])
    data = course_form("Own course", slug="own-course", featured="on", featured_order="1")
    client.post(_page_urls(own_course)["edit"], data)
    assert not CoursePage.objects.get(pk=own_course.pk).get_latest_revision_as_object().featured


def test_authors_see_reach_and_feedback_in_the_editor(client, people):
    course = make_course("Read course", owner=people["teacher"])
    lesson = make_lesson(course, "Only lesson")
    learner = people["learner"]
    services.mark_lesson_done(user=learner, lesson=lesson)
    services.give_feedback(user=learner, lesson=lesson, rating=4)
    services.toggle_kudos(user=learner, lesson=lesson)
    client.force_login(people["teacher"])
    html = " ".join(client.get(_page_urls(course)["edit"]).content.decode().split())
    assert "How your course is doing" in html
    assert "4.0 / 5" in html
    assert "(1 rating)" in html
