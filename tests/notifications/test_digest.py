"""The daily digest: one email per member with everything they asked to get that way and have
not read, grouped by kind; never the same notification twice, also when runs overlap or one
stops halfway; a failed email is retried by the next run."""

import logging
import threading

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import translation

from academy.notifications import services
from academy.notifications.kinds import Delivery, Kind
from academy.notifications.models import Notification
from academy.notifications.tasks import send_digests
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _badge(member, name="First lesson", slug="first-lesson"):
    return services.notify(
        recipient=member,
        kind=Kind.BADGE_EARNED,
        url=f"/people/badges/{slug}/",
        params={"badges": [{"slug": slug, "name": name}]},
    )


def _role(member, role="learner"):
    return services.notify(
        recipient=member,
        kind=Kind.LEVEL_GAINED,
        url="/people/me/path/",
        params={"event": "promoted", "role": role, "topic": ""},
    )


def _run(commit, **kwargs) -> services.DigestOutcome:
    with commit():
        return services.send_digests(**kwargs)


def test_one_email_groups_what_waited_by_kind(member, commit):
    _badge(member)
    _role(member)
    _badge(member, "Helpful reviewer", "helpful-reviewer")
    outcome = _run(commit)
    assert (outcome.sent, outcome.failed) == (1, 0)
    [email] = mail.outbox
    assert email.to == [member.email]
    assert email.subject == "Your daily digest: 3 new notifications"
    body = email.body
    assert body.index("New roles") < body.index("- You are now Learner")
    assert body.index("Badges you earn") < body.index("- You earned the badge First lesson")
    assert body.index("- You earned the badge First lesson") < body.index(
        "- You earned the badge Helpful reviewer"
    )
    assert "http://127.0.0.1:8000/people/badges/first-lesson/" in body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert email.extra_headers["List-Unsubscribe"].strip("<>") in body
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()


def test_the_digest_links_only_to_this_site(member, off_site_url, commit, links_off_the_site):
    # One written through notify, one stored before notify refused such links.
    services.notify(
        recipient=member,
        kind=Kind.BADGE_EARNED,
        url=off_site_url,
        params={"badges": [{"slug": "first-lesson", "name": "First lesson"}]},
    )
    old = _role(member)
    Notification.objects.filter(pk=old.pk).update(url=off_site_url)
    _badge(member, "Helpful reviewer", "helpful-reviewer")
    _run(commit)
    [email] = mail.outbox
    assert links_off_the_site(email) == []
    assert "evil" not in email.body and "javascript" not in email.body
    items = email.body.split("\n- ")[1:]
    assert len(items) == 3
    by_text = {item.splitlines()[0]: item.splitlines()[1].strip() for item in items}
    assert by_text == {
        "You are now Learner": "http://127.0.0.1:8000/notifications/",
        "You earned the badge First lesson": "http://127.0.0.1:8000/notifications/",
        "You earned the badge Helpful reviewer": (
            "http://127.0.0.1:8000/people/badges/helpful-reviewer/"
        ),
    }


def test_running_twice_sends_nothing_the_second_time(member, commit):
    _badge(member)
    _run(commit)
    outcome = _run(commit)
    assert (outcome.sent, outcome.failed) == (0, 0)
    assert len(mail.outbox) == 1
    _role(member)
    _run(commit)
    assert [email.subject for email in mail.outbox] == [
        "Your daily digest: 1 new notification",
        "Your daily digest: 1 new notification",
    ]
    assert "You are now Learner" in mail.outbox[1].body
    assert "First lesson" not in mail.outbox[1].body


def test_only_what_the_member_asked_for_and_has_not_read(member, mei, commit):
    read = _badge(member, "Read already", "read-already")
    services.mark_read(notification=read)
    emailed = services.notify(
        recipient=member, kind=Kind.WAITLIST_PROMOTED, url="/live/", params={"title": "Retro"}
    )
    services.set_deliveries(user=member, deliveries={Kind.MENTION: Delivery.OFF})
    services.notify(recipient=member, kind=Kind.MENTION, url="/", params={})
    _badge(member)
    _badge(mei)
    mail.outbox.clear()
    _run(commit)
    by_recipient = {email.to[0]: email.body for email in mail.outbox}
    assert set(by_recipient) == {member.email, mei.email}
    assert "Read already" not in by_recipient[member.email]
    assert "Retro" not in by_recipient[member.email], "already emailed on its own"
    assert "mentioned" not in by_recipient[member.email]
    assert emailed.emailed_at is not None


def test_unsubscribing_drops_what_was_waiting(member, commit):
    _badge(member)
    services.stop_emails(user=member, what=Kind.BADGE_EARNED)
    _run(commit)
    assert mail.outbox == []


def test_closed_accounts_and_members_without_an_address_get_none(member, mei, commit):
    _badge(member)
    _badge(mei)
    member.is_active = False
    member.save()
    mei.email = ""
    mei.save()
    outcome = _run(commit)
    assert (outcome.sent, mail.outbox) == (0, [])


def test_a_run_that_stops_halfway_sends_no_duplicates(member, mei, commit, monkeypatch):
    _badge(member)
    _badge(mei)
    sent = []
    deliver = services._deliver_digest

    def crash_after_first(user, claimed, **kwargs):
        if sent:
            raise KeyboardInterrupt  # the process dies: nothing below runs
        sent.append(user)
        deliver(user, claimed, **kwargs)

    monkeypatch.setattr(services, "_deliver_digest", crash_after_first)
    with pytest.raises(KeyboardInterrupt):
        _run(commit)
    assert [email.to for email in mail.outbox] == [[member.email]]
    monkeypatch.undo()

    _run(commit)
    _run(commit)
    # Mei's claim was committed before the crash, so her digest is lost rather than doubled.
    assert [email.to for email in mail.outbox] == [[member.email]]


def test_a_failing_email_is_logged_and_retried_and_others_still_go_out(
    member, mei, commit, monkeypatch, caplog
):
    _badge(member)
    _badge(mei)
    original = EmailBackend.send_messages

    def refuse_lena(self, messages):
        if any(member.email in message.to for message in messages):
            raise ConnectionError("mail server refused the message")
        return original(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", refuse_lena)
    with caplog.at_level(logging.ERROR, logger="academy.notifications.services"):
        outcome = _run(commit)
    assert (outcome.sent, outcome.failed) == (1, 1)
    assert [email.to for email in mail.outbox] == [[mei.email]]
    assert "retries" in caplog.text
    assert Notification.objects.get(recipient=member).emailed_at is None

    monkeypatch.undo()
    _run(commit)
    assert [email.to for email in mail.outbox] == [[mei.email], [member.email]]


def test_the_digest_reads_in_the_sites_language(member, commit):
    _role(member)
    with translation.override("de"):
        _run(commit)
    [email] = mail.outbox
    assert "You are now Learner" in email.body


# The command and the task -----------------------------------------------------------------


def test_the_command_sends_the_digests_and_reports_them(member, mei, commit, capsys):
    _badge(member)
    _badge(mei)
    with commit():
        call_command("send_digests")
    with commit():
        call_command("send_digests")
    assert sorted(email.to[0] for email in mail.outbox) == [member.email, mei.email]
    # (Counted after commit: under cron, with no transaction around it, the line says 2.)
    assert "Digests sent:" in capsys.readouterr().out


def test_dry_run_lists_the_digests_due_and_sends_nothing(member, capsys):
    _badge(member)
    _role(member)
    call_command("send_digests", "--dry-run")
    out = capsys.readouterr().out
    assert f"{member.email}: 2 notifications" in out
    assert "Digests due: 1 (dry run, nothing sent)." in out
    assert mail.outbox == []
    assert Notification.objects.filter(emailed_at__isnull=True).count() == 2


def test_the_command_fails_readably_when_digests_could_not_be_sent(monkeypatch, capsys):
    monkeypatch.setattr(
        services, "send_digests", lambda **kwargs: services.DigestOutcome(sent=2, failed=1)
    )
    with pytest.raises(CommandError, match="1 digests could not be sent"):
        call_command("send_digests")
    assert "Digests sent: 2." in capsys.readouterr().out


def test_the_task_sends_the_digests(member, commit):
    _badge(member)
    with commit():
        send_digests.enqueue()
    assert [email.to for email in mail.outbox] == [[member.email]]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: concurrent claims from several connections (CI runs it there)",
)
def test_runs_at_the_same_time_send_each_digest_once(mailoutbox):
    members = [UserFactory(username=f"member{number}") for number in range(6)]
    for member in members:
        _badge(member)
        _role(member)
    mailoutbox.clear()
    runs = 4
    start = threading.Barrier(runs)
    outcomes = []

    def run():
        try:
            start.wait()
            outcomes.append(services.send_digests())
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    items = [line for email in mailoutbox for line in email.body.splitlines() if line[:2] == "- "]
    assert len(items) == 2 * len(members), "every notification in exactly one digest"
    assert sum(outcome.sent for outcome in outcomes) == len(mailoutbox)
