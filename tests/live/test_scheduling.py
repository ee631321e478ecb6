"""Peer teachers schedule sessions in the admin for their topics; start and end are read on
the session's clock and stored in UTC; only the people running a session change it."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from academy.live.models import LiveSessionPage, SessionsIndexPage
from academy.peers.roles import Role
from tests.factories import UserFactory, make_session, make_topic

pytestmark = pytest.mark.django_db

NEXT_YEAR = datetime.now(UTC).year + 1


@pytest.fixture
def teacher():
    return UserFactory(username="teacher", roles=[Role.PEER_TEACHER])


def session_form(host, title="Retro clinic", **overrides):
    data = {
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "description": "Bring a retro that went wrong.",
        "starts_at": f"{NEXT_YEAR}-03-10 18:00",
        "ends_at": f"{NEXT_YEAR}-03-10 19:30",
        "time_zone": "Europe/Berlin",
        "capacity": "20",
        "topic": make_topic().pk,
        "course": "",
        "level": "beginner",
        "language": "en",
        "host": host.pk,
        "meeting_url": "https://meet.example.org/retro",
        "recording_url": "",
        "comments": inline_formset([]),
        **overrides,
    }
    return nested_form_data(data)


def _add_url():
    index = SessionsIndexPage.objects.get()
    return reverse("wagtailadmin_pages:add", args=["live", "livesessionpage", index.pk])


def test_a_peer_teacher_schedules_a_session_on_its_own_clock(client, teacher):
    client.force_login(teacher)
    response = client.post(_add_url(), {**session_form(teacher), "action-publish": "publish"})
    assert response.status_code == 302, response.content.decode()[:3000]
    session = LiveSessionPage.objects.get()
    assert session.live
    # 18:00 in Berlin in March (CET, UTC+1) is 17:00 UTC.
    assert session.starts_at == datetime(NEXT_YEAR, 3, 10, 17, 0, tzinfo=UTC)
    assert session.ends_at == datetime(NEXT_YEAR, 3, 10, 18, 30, tzinfo=UTC)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[session.pk])).content.decode()
    assert f"{NEXT_YEAR}-03-10 18:00" in edit  # shown again on the session's clock


def test_a_summer_session_in_new_york_is_stored_in_utc(client, teacher):
    client.force_login(teacher)
    form = session_form(
        teacher,
        starts_at=f"{NEXT_YEAR}-07-01 09:00",
        ends_at=f"{NEXT_YEAR}-07-01 10:00",
        time_zone="America/New_York",
    )
    client.post(_add_url(), {**form, "action-publish": "publish"})
    assert LiveSessionPage.objects.get().starts_at == datetime(NEXT_YEAR, 7, 1, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"ends_at": f"{NEXT_YEAR}-03-10 17:00"}, "The session must end after it starts."),
        (
            {"starts_at": "2001-01-01 10:00", "ends_at": "2001-01-01 11:00"},
            "Choose a start in the future.",
        ),
        ({"capacity": "0"}, "greater than or equal to 1"),
    ],
)
def test_impossible_schedules_are_refused_with_a_reason(client, teacher, overrides, message):
    client.force_login(teacher)
    response = client.post(_add_url(), session_form(teacher, **overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not LiveSessionPage.objects.exists()


def test_a_teacher_schedules_only_in_topics_they_teach_and_only_for_themselves(client, teacher):
    other_topic = make_topic("storytelling")
    other_teacher = UserFactory(roles=[(Role.PEER_TEACHER, "storytelling")])
    client.force_login(teacher)
    response = client.post(_add_url(), session_form(teacher, topic=other_topic.pk))
    assert "Select a valid choice" in response.content.decode()
    response = client.post(_add_url(), session_form(other_teacher))
    assert "does not teach this topic yet" in response.content.decode()
    assert not LiveSessionPage.objects.exists()


def test_co_hosts_must_be_able_to_co_host_the_topic(client, teacher):
    outsider = UserFactory(roles=[(Role.PEER_TEACHER, "storytelling")])
    make_topic("storytelling")
    client.force_login(teacher)
    response = client.post(_add_url(), {**session_form(teacher), "cohosts": [outsider.pk]})
    assert "cannot co-host in this topic" in response.content.decode()


def test_only_the_people_running_a_session_edit_it(client, teacher):
    mentor = UserFactory(roles=[Role.PEER_TEACHER, Role.MENTOR])
    other_teacher = UserFactory(roles=[Role.PEER_TEACHER])
    curator = UserFactory(roles=[Role.CURATOR])
    session = make_session(host=teacher, cohosts=[mentor])
    edit = reverse("wagtailadmin_pages:edit", args=[session.pk])
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[session.pk])
    for person, allowed in [
        (teacher, True),
        (mentor, True),
        (curator, True),
        (other_teacher, False),
    ]:
        client.force_login(person)
        assert (client.get(edit).status_code == 200) is allowed, person
        assert (client.get(unpublish).status_code == 200) is allowed, person
    client.force_login(other_teacher)
    client.post(unpublish)
    session.refresh_from_db()
    assert session.live


def test_learners_cannot_schedule(client):
    client.force_login(UserFactory())
    assert client.get(_add_url()).status_code in (302, 403)


def test_the_host_defaults_to_the_teacher_writing_the_session(client, teacher):
    client.force_login(teacher)
    html = client.get(_add_url()).content.decode()
    assert f'<option value="{teacher.pk}" selected>' in html


def test_teachers_find_only_the_sessions_they_run_from_the_admin_menu(client, teacher):
    mentor = UserFactory(roles=[Role.PEER_TEACHER, Role.MENTOR])
    other = UserFactory(roles=[Role.PEER_TEACHER])
    make_session("Own clinic", host=teacher)
    make_session("Co-hosted clinic", host=other, cohosts=[teacher])
    make_session("Someone else's clinic", host=mentor)
    client.force_login(teacher)
    index = SessionsIndexPage.objects.get()
    assert (
        reverse("live_sessions_admin") in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    response = client.get(reverse("live_sessions_admin"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_explore", args=[index.pk])
    html = response.content.decode()
    assert "Own clinic" in html and "Co-hosted clinic" in html
    assert "Someone else&#x27;s clinic" not in html and "Someone else's clinic" not in html
