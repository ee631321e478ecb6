"""A host changes or cancels a session: everyone coming hears about it, calendars follow."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from academy.live import selectors
from academy.live.services import registration, schedule
from academy.live.services.emails import when
from academy.peers.roles import Role
from tests.factories import UserFactory, make_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_session(host):
    """One seat, taken by lena; ola waits for it; kim gave hers up."""
    session = make_session(host=host, starts_in=timedelta(days=3), capacity=1)
    people = {name: UserFactory(username=name) for name in ("lena", "ola", "kim")}
    for person in people.values():
        registration.register(user=person, session=session)
    registration.cancel(user=people["kim"], session=session)
    return session, people


def _cancelled(session) -> bool:
    return selectors.state_of(session).cancelled_at is not None


def _recipients(mailoutbox) -> list[str]:
    return sorted(address for email in mailoutbox for address in email.to)


# Changes ----------------------------------------------------------------------------------


def test_a_new_time_is_emailed_to_everyone_registered_or_waiting(
    commit, host, full_session, mailoutbox
):
    session, people = full_session
    session.starts_at += timedelta(hours=2)
    session.ends_at += timedelta(hours=2)
    with commit():
        session.save_revision(user=host).publish()
    assert _recipients(mailoutbox) == [people["lena"].email, people["ola"].email]
    email = mailoutbox[0]
    assert email.subject == f"Changed: {session.title}"
    assert when(session) in email.body
    assert reverse("live:session_ics", args=[session.pk]) in email.body


def test_publishing_what_calendars_do_not_show_emails_nobody(
    commit, host, full_session, mailoutbox
):
    session, _people = full_session
    session.capacity = 1  # unchanged seats, a new revision
    session.recording_url = "https://video.example.org/retro"
    with commit():
        session.save_revision(user=host).publish()
    assert mailoutbox == []
    assert selectors.state_of(session).calendar_sequence == 0


# Cancelling -------------------------------------------------------------------------------


def test_cancelling_tells_everyone_coming_and_raises_the_calendar_sequence(
    commit, host, full_session, mailoutbox
):
    session, people = full_session
    with commit():
        state = schedule.cancel_session(session=session, by=host, reason="I am <b>ill</b>.")
    assert state.cancelled_at is not None
    assert state.calendar_sequence == 1
    assert _recipients(mailoutbox) == [people["lena"].email, people["ola"].email]
    email = mailoutbox[0]
    assert email.subject == f"Cancelled: {session.title}"
    assert "I am ill." in email.body


def test_cancelling_twice_emails_once(commit, host, full_session, mailoutbox):
    session, _people = full_session
    with commit():
        schedule.cancel_session(session=session, by=host, reason="")
        state = schedule.cancel_session(session=session, by=host, reason="")
    assert state.calendar_sequence == 1
    assert len(mailoutbox) == 2


def test_only_whoever_runs_the_session_may_cancel_it(full_session):
    session, people = full_session
    with pytest.raises(schedule.ScheduleError):
        schedule.cancel_session(session=session, by=people["lena"], reason="")
    assert not _cancelled(session)


def test_a_session_that_is_over_cannot_be_cancelled(host):
    session = make_session(host=host, starts_in=timedelta(hours=-2))
    with pytest.raises(schedule.ScheduleError, match="over"):
        schedule.cancel_session(session=session, by=host, reason="")
    assert not _cancelled(session)


def test_publishing_a_cancelled_session_keeps_it_cancelled_and_quiet(
    commit, host, full_session, mailoutbox
):
    session, _people = full_session
    schedule.cancel_session(session=session, by=host, reason="")
    session.starts_at += timedelta(days=1)
    session.ends_at += timedelta(days=1)
    with commit():
        session.save_revision(user=host).publish()
    assert _cancelled(session)
    assert selectors.state_of(session).calendar_sequence == 2
    assert mailoutbox == []


# The host's page --------------------------------------------------------------------------


def test_host_confirms_then_cancels_with_a_reason(client, commit, host, full_session, mailoutbox):
    session, _people = full_session
    url = reverse("live:cancel_session", args=[session.pk])
    client.force_login(host)
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert "2 people are registered or on the waitlist" in page.get_text(" ", strip=True)
    assert page.select_one("form textarea[name=reason]") is not None
    assert not _cancelled(session)

    with commit():
        response = client.post(url, {"reason": "The venue flooded."})
    assert response.status_code == 302
    assert response["Location"] == session.url
    assert _cancelled(session)
    assert all("The venue flooded." in email.body for email in mailoutbox)


def test_cancelling_an_already_cancelled_session_says_so(client, host, full_session):
    session, _people = full_session
    schedule.cancel_session(session=session, by=host, reason="")
    client.force_login(host)
    response = client.get(reverse("live:cancel_session", args=[session.pk]), follow=False)
    assert response.status_code == 302


@pytest.mark.parametrize("who", ["lena", "stranger"])
def test_members_who_do_not_run_the_session_get_not_found(client, full_session, who):
    session, people = full_session
    client.force_login(people.get(who) or UserFactory(username=who))
    url = reverse("live:cancel_session", args=[session.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"reason": ""}).status_code == 404
    assert not _cancelled(session)


def test_a_cohost_may_cancel(client, host):
    cohost = UserFactory(username="cora", roles=[Role.PEER_TEACHER])
    session = make_session(host=host, cohosts=[cohost])
    client.force_login(cohost)
    client.post(reverse("live:cancel_session", args=[session.pk]), {"reason": ""})
    assert _cancelled(session)
