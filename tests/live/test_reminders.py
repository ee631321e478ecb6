"""Reminders a day and an hour before a session: each sent once, to members with a seat."""

import logging
import threading
from datetime import timedelta

import pytest
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from academy.live.models import Registration
from academy.live.services import registration, reminders, schedule
from academy.live.tasks import send_reminders
from academy.peers.roles import Role
from tests.factories import UserFactory, make_session

pytestmark = pytest.mark.django_db

DAY_BEFORE = timedelta(hours=23, minutes=55)
HOUR_BEFORE = timedelta(minutes=55)


def _seat(session, username: str, *, before: timedelta = timedelta(days=2)):
    """A member who took a seat `before` the start."""
    member = UserFactory(username=username)
    registration.register(user=member, session=session, now=session.starts_at - before)
    return member


def _run(commit, session, before: timedelta) -> reminders.Outcome:
    with commit():
        return reminders.send_due(now=session.starts_at - before)


def test_day_before_reminder_tells_when_and_links_to_the_room_and_cancelling(
    commit, session, mailoutbox
):
    member = _seat(session, "lena")
    outcome = _run(commit, session, DAY_BEFORE)
    assert outcome.sent == 1
    [email] = mailoutbox
    assert email.to == [member.email]
    assert email.subject == f"Coming up: {session.title}"
    assert session.time_zone in email.body
    for name in ("live:room", "live:session_ics", "live:cancel"):
        assert reverse(name, args=[session.pk]) in email.body
    assert session.url in email.body


def test_each_reminder_goes_out_once_however_often_it_runs(commit, session, mailoutbox):
    _seat(session, "lena")
    _run(commit, session, DAY_BEFORE)
    _run(commit, session, DAY_BEFORE - timedelta(minutes=5))
    _run(commit, session, HOUR_BEFORE)
    _run(commit, session, HOUR_BEFORE - timedelta(minutes=5))
    assert [email.subject for email in mailoutbox] == [
        f"Coming up: {session.title}",
        f"Starting soon: {session.title}",
    ]


def test_nothing_is_due_before_the_day_before_or_once_the_session_started(
    commit, session, mailoutbox
):
    _seat(session, "lena")
    _run(commit, session, timedelta(hours=24, minutes=5))
    _run(commit, session, timedelta(minutes=-1))
    assert mailoutbox == []


def test_inside_the_last_hour_only_the_hour_reminder_goes_out(commit, session, mailoutbox):
    member = _seat(session, "lena")
    _run(commit, session, HOUR_BEFORE)  # the runs of the day before were missed
    assert [email.subject for email in mailoutbox] == [f"Starting soon: {session.title}"]
    seat = Registration.objects.get(user=member)
    assert seat.reminded_day_before_at is None
    assert seat.reminded_hour_before_at is not None


def test_a_seat_taken_within_the_last_day_gets_only_the_hour_reminder(commit, session, mailoutbox):
    _seat(session, "lena", before=timedelta(hours=10))
    _run(commit, session, timedelta(hours=9))
    assert mailoutbox == []
    _run(commit, session, HOUR_BEFORE)
    assert [email.subject for email in mailoutbox] == [f"Starting soon: {session.title}"]


def test_a_seat_from_the_waitlist_within_the_last_day_counts_from_its_promotion(
    commit, host, mailoutbox
):
    session = make_session(host=host, starts_in=timedelta(days=3), capacity=1)
    first = _seat(session, "lena")
    waiting = _seat(session, "ola")
    registration.cancel(user=first, session=session, now=session.starts_at - timedelta(hours=10))
    assert Registration.objects.get(user=waiting).status == Registration.Status.REGISTERED
    _run(commit, session, timedelta(hours=9))
    assert mailoutbox == []


def test_only_members_with_a_seat_are_reminded(commit, host, mailoutbox):
    session = make_session(host=host, starts_in=timedelta(days=3), capacity=1)
    seated = _seat(session, "lena")
    _seat(session, "ola")  # waitlisted
    gone = _seat(session, "kim")
    registration.cancel(user=gone, session=session, now=session.starts_at - timedelta(days=2))
    _run(commit, session, DAY_BEFORE)
    assert [email.to for email in mailoutbox] == [[seated.email]]


def test_a_cancelled_session_sends_no_reminders(commit, host, session, mailoutbox):
    _seat(session, "lena")
    schedule.cancel_session(session=session, by=host, reason="")
    _run(commit, session, DAY_BEFORE)
    _run(commit, session, HOUR_BEFORE)
    assert mailoutbox == []


@pytest.fixture
def refusing_lena(monkeypatch):
    """A mail server that refuses lena's address and delivers everyone else's."""
    deliver = EmailBackend.send_messages

    def send_messages(self, messages):
        if any("lena@example.org" in message.to for message in messages):
            raise ConnectionError("mail server refused the message")
        return deliver(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    return monkeypatch


def test_a_failing_email_is_logged_and_retried_and_others_still_go_out(
    commit, session, mailoutbox, refusing_lena, caplog
):
    lena = _seat(session, "lena")
    ola = _seat(session, "ola")
    with caplog.at_level(logging.ERROR, logger="academy.live.services.reminders"):
        outcome = _run(commit, session, DAY_BEFORE)
    assert (outcome.sent, outcome.failed) == (1, 1)
    assert [email.to for email in mailoutbox] == [[ola.email]]
    assert Registration.objects.get(user=lena).reminded_day_before_at is None
    assert "retries" in caplog.text

    refusing_lena.undo()
    _run(commit, session, DAY_BEFORE - timedelta(minutes=5))
    assert [email.to for email in mailoutbox] == [[ola.email], [lena.email]]


def test_a_session_moved_later_reminds_again_before_its_new_start(
    commit, host, session, mailoutbox
):
    member = _seat(session, "lena")
    _run(commit, session, DAY_BEFORE)
    session.starts_at += timedelta(days=7)
    session.ends_at += timedelta(days=7)
    session.save_revision(user=host).publish()
    assert Registration.objects.get(user=member).reminded_day_before_at is None
    _run(commit, session, DAY_BEFORE)
    assert [email.subject for email in mailoutbox] == [f"Coming up: {session.title}"] * 2


def test_a_retitled_session_is_not_reminded_twice(commit, host, session, mailoutbox):
    _seat(session, "lena")
    _run(commit, session, DAY_BEFORE)
    session.title = "Retro clinic, second edition"
    session.save_revision(user=host).publish()
    _run(commit, session, DAY_BEFORE - timedelta(minutes=5))
    assert len(mailoutbox) == 1


# The command and the task -----------------------------------------------------------------


def test_command_sends_the_due_reminders_once_when_cron_runs_it_twice(
    commit, host, mailoutbox, capsys
):
    session = make_session(host=host, starts_in=timedelta(minutes=30))
    _seat(session, "lena", before=timedelta(hours=2))
    with commit():
        call_command("send_reminders")
    with commit():
        call_command("send_reminders")
    assert [email.subject for email in mailoutbox] == [f"Starting soon: {session.title}"]
    assert "Reminders sent:" in capsys.readouterr().out


def test_dry_run_lists_what_is_due_and_sends_nothing(host, mailoutbox, capsys):
    session = make_session(host=host, starts_in=timedelta(minutes=30))
    member = _seat(session, "lena", before=timedelta(hours=2))
    call_command("send_reminders", "--dry-run")
    out = capsys.readouterr().out
    assert f"hour before: {member.email} for “{session.title}”" in out
    assert "Reminders due: 1" in out
    assert mailoutbox == []
    assert Registration.objects.get(user=member).reminded_hour_before_at is None


def test_command_fails_readably_when_reminders_could_not_be_sent(monkeypatch, capsys):
    monkeypatch.setattr(reminders, "send_due", lambda: reminders.Outcome(sent=2, failed=1))
    with pytest.raises(CommandError, match="1 reminders could not be sent"):
        call_command("send_reminders")
    assert "Reminders sent: 2." in capsys.readouterr().out


def test_the_task_sends_the_due_reminders(commit, host, mailoutbox):
    session = make_session(host=host, starts_in=timedelta(minutes=30))
    member = _seat(session, "lena", before=timedelta(hours=2))
    with commit():
        send_reminders.enqueue()
    assert [email.to for email in mailoutbox] == [[member.email]]


# Concurrency ------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: concurrent claims from several connections (CI runs it there)",
)
def test_runs_at_the_same_time_send_each_reminder_once(mailoutbox):
    host = UserFactory(username="hana", roles=[Role.PEER_TEACHER])
    session = make_session(host=host, starts_in=timedelta(minutes=40))
    members = [_seat(session, f"member{number}", before=timedelta(hours=2)) for number in range(8)]
    mailoutbox.clear()
    now = timezone.now()
    runs = 6
    start = threading.Barrier(runs)
    outcomes = []

    def run():
        try:
            start.wait()
            outcomes.append(reminders.send_due(now=now))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(email.to[0] for email in mailoutbox) == sorted(m.email for m in members)
    assert sum(outcome.sent for outcome in outcomes) == len(members)
