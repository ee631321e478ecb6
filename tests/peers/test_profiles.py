import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from academy.courses import services as course_services
from academy.peers import services
from academy.peers.models import Profile
from academy.peers.permissions import can
from academy.peers.reputation import Cause
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course, make_lesson, make_topic

pytestmark = pytest.mark.django_db


def test_profile_is_public_and_shows_roles(client, home_page):
    UserFactory(username="mei", roles=[Role.MENTOR])
    html = client.get(reverse("peers:profile", args=["mei"])).content.decode()
    assert "@mei" in html
    assert "Mentor" in html
    assert "Edit your profile" not in html


def test_unknown_or_deactivated_members_are_not_found(client, home_page):
    UserFactory(username="gone", is_active=False)
    assert client.get(reverse("peers:profile", args=["gone"])).status_code == 404
    assert client.get(reverse("peers:profile", args=["nobody"])).status_code == 404


def test_editing_a_profile_needs_a_signed_in_member(client, home_page):
    response = client.get(reverse("peers:profile_edit"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_member_edits_their_own_profile(client, member):
    client.force_login(member)
    response = client.post(
        reverse("peers:profile_edit"), {"display_name": "  Lena F. ", "bio": "Librarian."}
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert (profile.display_name, profile.bio) == ("Lena F.", "Librarian.")
    html = client.get(response["Location"]).content.decode()
    assert "Lena F." in html and "Librarian." in html and "Your profile is saved." in html


def test_profile_form_rejects_overlong_text_and_keeps_input(client, member):
    client.force_login(member)
    response = client.post(
        reverse("peers:profile_edit"), {"display_name": "x" * 81, "bio": "Kept bio"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ensure this value has at most 80 characters" in html
    assert "Kept bio" in html
    assert not Profile.objects.filter(user=member).exists()


def test_bio_is_shown_as_text_not_html(client, member):
    Profile.objects.create(user=member, bio='<script>alert("x")</script>')
    html = client.get(reverse("peers:profile", args=["lena"])).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_only_the_owner_may_edit_a_profile(member):
    other = UserFactory()
    profile = Profile(user=member)
    assert can(member, "profile.edit", profile)
    assert not can(other, "profile.edit", profile)


def test_unknown_privilege_names_fail_loudly(member):
    with pytest.raises(ValueError, match="Unknown privilege"):
        can(member, "profile.edti", None)


def test_profile_shows_reputation_overall_and_per_topic(client, member, home_page):
    topic = make_topic("facilitation")
    services.award(user=member, cause=Cause.CONTENT_APPROVED, cause_key="c:1", topic=topic)
    services.award(user=member, cause=Cause.REVIEW_DONE, cause_key="r:1")
    text = " ".join(
        BeautifulSoup(client.get(reverse("peers:profile", args=["lena"])).content, "html.parser")
        .get_text()
        .split()
    )
    assert "25 points" in text
    assert "Facilitation · 20" in text


def test_profile_shows_languages_help_and_what_a_member_teaches_and_learns(client, member):
    teacher = UserFactory(username="tomas")
    course = make_course("Retro basics", owner=teacher, topic=make_topic("retrospectives"))
    lesson = make_lesson(course, "Only lesson")
    course_services.mark_lesson_done(user=member, lesson=lesson)
    client.force_login(member)
    client.post(
        reverse("peers:profile_edit"),
        {"display_name": "Lena", "bio": "", "languages": ["en", "de"], "can_help_with": "wikis"},
    )
    client.logout()
    learner_page = _text(client.get(reverse("peers:profile", args=["lena"])))
    assert "Speaks English, Deutsch" in learner_page
    assert "Can help with wikis" in learner_page
    assert "Completed: Retro basics" in learner_page
    teacher_page = _text(client.get(reverse("peers:profile", args=["tomas"])))
    assert "Teaches Retrospectives Retro basics" in teacher_page


def test_privacy_settings_hide_learning_and_ask_search_engines_not_to_index(client, member):
    course = make_course("Hidden course")
    course_services.mark_lesson_done(user=member, lesson=make_lesson(course, "One"))
    services.update_profile(
        user=member, display_name="", bio="", hide_progress=True, hide_from_search_engines=True
    )
    html = client.get(reverse("peers:profile", args=["lena"])).content.decode()
    assert "Hidden course" not in html
    assert '<meta name="robots" content="noindex">' in html
    client.force_login(member)
    own = client.get(reverse("peers:profile", args=["lena"])).content.decode()
    assert "Hidden course" in own
    assert "Only you see this section" in own


def _text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())
