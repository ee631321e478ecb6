"""What learners and hosts see on the session pages, and the writes behind their buttons."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.live.models import Participant, Question, Registration, SessionFeedback, SessionState
from academy.live.services import registration
from tests.factories import UserFactory, make_session, make_topic

pytestmark = pytest.mark.django_db


def _page(client, session) -> str:
    response = client.get(session.url)
    assert response.status_code == 200
    return response.content.decode()


def _move(session, *, starts_in, minutes=60):
    session.starts_at = timezone.now() + starts_in
    session.ends_at = session.starts_at + timedelta(minutes=minutes)
    session.save()


# The listing ------------------------------------------------------------------------------


def test_the_listing_shows_upcoming_sessions_in_order_and_past_ones_apart(client, host):
    later = make_session("Later clinic", host=host, starts_in=timedelta(days=5))
    sooner = make_session("Sooner clinic", host=host, starts_in=timedelta(days=1))
    past = make_session("Past clinic", host=host, starts_in=timedelta(days=3))
    _move(past, starts_in=timedelta(days=-3))
    html = client.get("/sessions/").content.decode()
    assert html.index(sooner.title) < html.index(later.title)
    assert past.title not in html
    assert "30 seats left" in html
    past_html = client.get("/sessions/?when=past").content.decode()
    assert past.title in past_html and sooner.title not in past_html


def test_a_past_sessions_figures_are_counted_once_each(host):
    from academy.live import selectors

    session = make_session("Past clinic", host=host, starts_in=timedelta(days=3))
    learners = [UserFactory() for _ in range(2)]
    for learner in learners:
        registration.register(user=learner, session=session)
    _move(session, starts_in=timedelta(days=-3))
    moment = session.starts_at + timedelta(minutes=5)
    for learner in learners:
        Participant.objects.create(
            session=session, user=learner, first_seen_at=moment, last_seen_at=moment
        )
        for number in range(3):
            Question.objects.create(session=session, author=learner, text=f"Why {number}?")

    shown = selectors.past().get(pk=session.pk)

    assert (shown.seats_taken, shown.attendance, shown.questions_count) == (2, 2, 6)


def test_the_listing_filters_by_topic_and_says_when_nothing_matches(client, host):
    make_session("Retro clinic", host=host, topic=make_topic())
    storytelling = make_topic("storytelling")
    html = client.get("/sessions/", {"topic": storytelling.slug}).content.decode()
    assert "Retro clinic" not in html
    assert "No session matches these filters" in html


def test_an_empty_listing_says_what_to_do_meanwhile(client, db):
    html = client.get("/sessions/").content.decode()
    assert "No sessions planned right now" in html


def test_a_full_session_says_so_in_the_listing(client, host):
    session = make_session(host=host, capacity=1)
    registration.register(user=UserFactory(), session=session)
    assert "Full: waitlist open" in client.get("/sessions/").content.decode()


# The session page -------------------------------------------------------------------------


def test_visitors_are_asked_to_sign_up_and_never_see_the_meeting_link(client, host):
    session = make_session(host=host, starts_in=timedelta(minutes=5))
    html = _page(client, session)
    assert "Sign up to join" in html
    assert session.meeting_url not in html


def test_a_member_registers_from_the_page_and_sees_the_link_only_shortly_before(client, host):
    session = make_session(host=host, starts_in=timedelta(hours=3))
    member = UserFactory()
    client.force_login(member)
    response = client.post(reverse("live:register", args=[session.pk]), follow=True)
    html = response.content.decode()
    assert "You have a seat" in html
    assert session.meeting_url not in html
    assert "The video call link appears here shortly before the start." in html
    _move(session, starts_in=timedelta(minutes=10))
    html = _page(client, session)
    assert session.meeting_url in html
    assert reverse("live:room", args=[session.pk]) in html


def test_a_full_session_offers_the_waitlist_and_shows_the_place(client, host):
    session = make_session(host=host, capacity=1)
    registration.register(user=UserFactory(), session=session)
    member = UserFactory()
    client.force_login(member)
    assert "Join the waitlist" in _page(client, session)
    html = client.post(reverse("live:register", args=[session.pk]), follow=True).content.decode()
    assert "You are number 1 on the waitlist" in html
    assert session.meeting_url not in html


def test_the_cancel_link_asks_first_and_gives_the_seat_away_on_post(client, host):
    session = make_session(host=host)
    member = UserFactory()
    registration.register(user=member, session=session)
    client.force_login(member)
    url = reverse("live:cancel", args=[session.pk])
    assert "Give up your place?" in client.get(url).content.decode()
    assert Registration.objects.get(user=member).status == Registration.Status.REGISTERED
    client.post(url)
    assert Registration.objects.get(user=member).status == Registration.Status.CANCELLED


def test_registration_needs_a_signed_in_member_and_a_post(client, host):
    session = make_session(host=host)
    url = reverse("live:register", args=[session.pk])
    assert client.post(url).status_code == 302  # to sign in
    assert not Registration.objects.exists()
    client.force_login(UserFactory())
    assert client.get(url).status_code == 405


def test_drafts_take_no_registrations(client, host):
    session = make_session(host=host)
    session.unpublish()
    client.force_login(UserFactory())
    assert client.post(reverse("live:register", args=[session.pk])).status_code == 404


# The room page ----------------------------------------------------------------------------


def test_the_room_page_is_for_registered_members_and_hosts(client, host):
    session = make_session(host=host, starts_in=timedelta(minutes=5))
    url = reverse("live:room", args=[session.pk])
    stranger = UserFactory()
    client.force_login(stranger)
    assert client.get(url).url == session.url  # sent to register first
    registration.register(user=stranger, session=session)
    html = client.get(url).content.decode()
    assert f'data-socket-path="/ws/live/{session.pk}/"' in html
    assert "Host controls" not in html
    client.force_login(host)
    assert "Host controls" in client.get(url).content.decode()


def test_a_removed_member_cannot_open_the_room_page(client, host):
    session = make_session(host=host, starts_in=timedelta(minutes=5))
    member = UserFactory()
    registration.register(user=member, session=session)
    now = timezone.now()
    Participant.objects.create(
        session=session, user=member, first_seen_at=now, last_seen_at=now, removed=True
    )
    client.force_login(member)
    assert client.get(reverse("live:room", args=[session.pk])).status_code == 403


# Hosts ------------------------------------------------------------------------------------


def test_hosts_see_attendees_and_the_waitlist_and_download_them(client, host):
    session = make_session(host=host, capacity=1)
    seated = UserFactory(username="seated")
    waiting = UserFactory(username="=cmd|calc")
    registration.register(user=seated, session=session)
    registration.register(user=waiting, session=session)
    client.force_login(host)
    html = client.get(reverse("live:attendees", args=[session.pk])).content.decode()
    assert html.index("seated") < html.index("=cmd|calc")
    response = client.get(reverse("live:attendees_csv", args=[session.pk]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:4] == ["Name", "Username", "Email", "Status"]
    assert [row[1] for row in rows[1:]] == ["seated", "'=cmd|calc"]  # never a formula
    assert [row[3] for row in rows[1:]] == ["Registered", "On the waitlist"]


@pytest.mark.parametrize("name", ["attendees", "attendees_csv", "recap"])
def test_other_members_never_see_the_attendees(client, host, name):
    session = make_session(host=host)
    client.force_login(UserFactory())
    assert client.get(reverse(f"live:{name}", args=[session.pk])).status_code == 404


def _over_with_questions(host, attendee):
    session = make_session(host=host, starts_in=timedelta(minutes=5))
    registration.register(user=attendee, session=session)
    _move(session, starts_in=timedelta(hours=-2))
    now = timezone.now()
    Participant.objects.create(
        session=session, user=attendee, first_seen_at=now, last_seen_at=now, seconds_present=1800
    )
    Question.objects.create(session=session, author=attendee, text="How often?", votes=3)
    Question.objects.create(session=session, author=attendee, text="Who leads?", answered=True)
    return session


def test_after_the_session_attendees_give_feedback_once_and_hosts_read_it(client, host):
    attendee = UserFactory(username="attendee")
    session = _over_with_questions(host, attendee)
    client.force_login(attendee)
    assert "How was it?" in _page(client, session)
    url = reverse("live:feedback", args=[session.pk])
    invalid = client.post(url, {"score": "9", "will_try": ""})
    assert invalid.status_code == 400
    assert "How was it?" in invalid.content.decode()
    client.post(url, {"score": "5", "will_try": "Timebox the retro", "comment": "<b>Great</b>"})
    feedback = SessionFeedback.objects.get()
    assert (feedback.score, feedback.comment) == (5, "Great")
    assert "How was it?" not in _page(client, session)
    client.force_login(host)
    html = client.get(reverse("live:recap", args=[session.pk])).content.decode()
    assert "Timebox the retro" in html
    assert "5.0 / 5" in html


def test_the_recap_lists_questions_and_hosts_turn_open_ones_into_follow_ups(client, host):
    attendee = UserFactory()
    session = _over_with_questions(host, attendee)
    client.force_login(attendee)
    html = client.get(reverse("live:recap", args=[session.pk])).content.decode()
    assert "How often?" in html and "Who leads?" in html
    assert "Answer in a lesson" not in html  # the host's tool
    client.force_login(host)
    open_question = Question.objects.get(text="How often?")
    url = reverse("live:follow_up", args=[session.pk, open_question.pk])
    html = client.post(url, follow=True).content.decode()
    assert "To answer in a lesson" in html
    client.post(url, {"done": "1"})
    open_question.refresh_from_db()
    assert open_question.follow_up_done_at is not None


def test_the_recap_waits_until_the_session_is_over(client, host):
    session = make_session(host=host)
    client.force_login(host)
    response = client.get(reverse("live:recap", args=[session.pk]))
    assert response.url == session.url


def test_a_session_ended_by_its_host_is_over_before_its_planned_end(client, host):
    attendee = UserFactory()
    session = make_session(host=host, starts_in=timedelta(minutes=5))
    registration.register(user=attendee, session=session)
    SessionState.objects.filter(session=session).update(ended_at=timezone.now())
    client.force_login(host)
    assert client.get(reverse("live:recap", args=[session.pk])).status_code == 200
