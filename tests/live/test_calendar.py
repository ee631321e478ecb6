"""Calendar files and the private feed: what a member's calendar app reads."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from icalendar import Calendar

from academy.live.models import CalendarFeed
from academy.live.services import calendar_feed, registration, schedule
from academy.peers.roles import Role
from tests.factories import UserFactory, make_session

pytestmark = pytest.mark.django_db


def _events(response) -> dict:
    """The VEVENTs of a calendar response, by UID."""
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _session_event(client, session):
    [event] = _events(client.get(reverse("live:session_ics", args=[session.pk]))).values()
    return event


def _feed_url(user) -> str:
    return reverse("live:feed", args=[calendar_feed.reset(user=user).token])


# One session's file -----------------------------------------------------------------------


def test_session_file_has_the_stored_utc_times(client, session):
    event = _session_event(client, session)
    assert event.decoded("DTSTART") == session.starts_at
    assert event.decoded("DTEND") == session.ends_at
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)
    assert str(event["SUMMARY"]) == session.title
    assert str(event["STATUS"]) == "CONFIRMED"


def test_the_meeting_link_is_only_in_the_copy_of_registered_members_and_hosts(
    client, host, session
):
    session.capacity = 1
    session.save_revision(user=host).publish()
    seated, waiting = UserFactory(username="lena"), UserFactory(username="ola")
    registration.register(user=seated, session=session)
    registration.register(user=waiting, session=session)

    assert "LOCATION" not in _session_event(client, session)
    for outsider in (waiting, UserFactory(username="kim")):
        client.force_login(outsider)
        event = _session_event(client, session)
        assert "LOCATION" not in event
        assert session.meeting_url not in str(event["DESCRIPTION"])
    for insider in (seated, host):
        client.force_login(insider)
        assert str(_session_event(client, session)["LOCATION"]) == session.meeting_url


def test_a_changed_session_keeps_its_uid_with_a_higher_sequence(client, host, session):
    before = _session_event(client, session)
    session.starts_at += timedelta(hours=1)
    session.ends_at += timedelta(hours=1)
    session.save_revision(user=host).publish()
    after = _session_event(client, session)
    assert str(after["UID"]) == str(before["UID"])
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after.decoded("DTSTART") == session.starts_at


def test_a_cancelled_session_is_cancelled_in_calendars_with_a_higher_sequence(
    client, host, session
):
    before = _session_event(client, session)
    schedule.cancel_session(session=session, by=host, reason="")
    after = _session_event(client, session)
    assert str(after["UID"]) == str(before["UID"])
    assert str(after["STATUS"]) == "CANCELLED"
    assert after["SEQUENCE"] > before["SEQUENCE"]


# The private feed -------------------------------------------------------------------------


def test_the_feed_lists_the_sessions_the_member_holds_a_place_in_or_hosts(client, host, session):
    member = UserFactory(username="lena", roles=[Role.PEER_TEACHER])
    hosted = make_session("Feedback dojo", host=member)
    full = make_session("Tiny circle", host=host, capacity=1)
    gave_up = make_session("Lean coffee", host=host)
    elsewhere = make_session("Not for lena", host=host)
    registration.register(user=UserFactory(username="ola"), session=full)
    for booked in (session, full, gave_up):
        registration.register(user=member, session=booked)
    registration.cancel(user=member, session=gave_up)

    events = _events(client.get(_feed_url(member)))

    titles = sorted(str(event["SUMMARY"]) for event in events.values())
    assert titles == sorted([session.title, hosted.title, full.title])
    assert elsewhere.title not in titles
    locations = {str(event["SUMMARY"]): event.get("LOCATION") for event in events.values()}
    assert locations[session.title] == session.meeting_url
    assert locations[hosted.title] == hosted.meeting_url
    assert locations[full.title] is None  # only on its waitlist


def test_an_unknown_feed_address_is_not_found(client):
    assert client.get(reverse("live:feed", args=["no-such-token"])).status_code == 404


def test_resetting_the_feed_retires_the_old_address(client, session):
    member = UserFactory(username="lena")
    registration.register(user=member, session=session)
    old_url = _feed_url(member)
    client.force_login(member)

    response = client.post(reverse("live:feed_reset"))

    assert response.status_code == 302
    new_url = reverse("live:feed", args=[CalendarFeed.objects.get(user=member).token])
    assert new_url != old_url
    client.logout()  # a calendar app has no session cookie
    assert client.get(old_url).status_code == 404
    assert len(_events(client.get(new_url))) == 1


def test_the_feed_carries_a_cancellation_to_the_members_calendar(client, host, session):
    member = UserFactory(username="lena")
    registration.register(user=member, session=session)
    schedule.cancel_session(session=session, by=host, reason="")
    [event] = _events(client.get(_feed_url(member))).values()
    assert str(event["STATUS"]) == "CANCELLED"


# My sessions ------------------------------------------------------------------------------


def _my_sessions(client, user) -> BeautifulSoup:
    client.force_login(user)
    response = client.get(reverse("live:my_sessions"))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_my_sessions_shows_each_session_with_the_members_place(client, host, session):
    member = UserFactory(username="lena", roles=[Role.PEER_TEACHER])
    hosted = make_session("Feedback dojo", host=member)
    full = make_session("Tiny circle", host=host, capacity=1)
    registration.register(user=UserFactory(username="ola"), session=full)
    registration.register(user=member, session=full)
    registration.register(user=member, session=session)
    schedule.cancel_session(session=session, by=host, reason="")

    page = _my_sessions(client, member)

    cards = {
        card.select_one(".card__title").get_text(strip=True): card.get_text(" ", strip=True)
        for card in page.select(".card")
    }
    assert "Registered" in cards[session.title] and "Cancelled" in cards[session.title]
    assert "Waitlist place 1" in cards[full.title]
    assert "Hosting" in cards[hosted.title]
    links = {link["href"] for link in page.select(".card a")}
    assert {session.url, full.url, hosted.url} <= links
    assert reverse("live:session_ics", args=[full.pk]) in links


def test_my_sessions_offers_to_create_the_calendar_address_then_to_reset_it(client):
    member = UserFactory(username="lena")
    page = _my_sessions(client, member)
    assert page.select_one(".empty-state") is not None
    [button] = page.select(f"form[action='{reverse('live:feed_reset')}'] button")
    assert button.get_text(strip=True) == "Create my calendar address"

    feed = calendar_feed.reset(user=member)
    page = _my_sessions(client, member)
    assert page.select_one("#feed-url")["value"].endswith(reverse("live:feed", args=[feed.token]))
    [button] = page.select(f"form[action='{reverse('live:feed_reset')}'] button")
    assert button.get_text(strip=True) == "Reset address"


def test_my_sessions_lists_past_sessions_apart(client, host):
    member = UserFactory(username="lena")
    past = make_session("Last week clinic", host=host, starts_in=timedelta(days=1))
    registration.register(user=member, session=past)
    past.starts_at -= timedelta(days=8)
    past.ends_at -= timedelta(days=8)
    past.save()
    page = _my_sessions(client, member)
    section = page.find(id="past-title").find_parent("section")
    assert past.title in section.get_text()
    assert page.select_one(".empty-state") is not None  # nothing coming up
