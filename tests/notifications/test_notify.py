"""`notify`, the one entry point: a row in the caller's transaction, an email after commit as
the member's settings say, never for their own action or a closed account, never for a write
that rolled back, and a mail server that fails never breaks the action."""

import logging

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext_lazy

from academy.notifications import kinds, services
from academy.notifications.kinds import SPECS, Delivery, Kind
from academy.notifications.models import Notification

pytestmark = pytest.mark.django_db

THREAD = {
    "thread_title": "How do you end a retro?",
    "course_or_lesson_title": "Retro basics",
    "actor_name": "Mei Chen",
}


def _reply(recipient, actor=None, **extra):
    return services.notify(
        recipient=recipient,
        kind=Kind.THREAD_REPLY,
        url="/learning/threads/7/",
        params={**THREAD, **extra},
        actor=actor,
    )


def _reply_at(recipient, url):
    return services.notify(recipient=recipient, kind=Kind.THREAD_REPLY, url=url, params=THREAD)


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


def test_a_notification_is_stored_with_its_kind_and_text_rendered_when_read(member, mei, commit):
    with commit():
        notification = _reply(member, actor=mei)
    stored = Notification.objects.get(pk=notification.pk)
    assert (stored.recipient, stored.actor, stored.kind) == (member, mei, "thread_reply")
    assert stored.url == "/learning/threads/7/"
    assert stored.params == THREAD
    assert stored.text == (
        "Mei Chen replied to your thread “How do you end a retro?” in Retro basics"
    )
    assert stored.read_at is None


def test_the_text_is_rendered_in_the_readers_language(member):
    notification = services.notify(
        recipient=member, kind="waitlist_promoted", url="/live/", params={"title": "Retro"}
    )
    with translation.override("de"):
        german = Notification.objects.get(pk=notification.pk).text
    with translation.override("en"):
        english = Notification.objects.get(pk=notification.pk).text
    assert english == "A seat opened up for you: Retro"
    assert german != english and "Retro" in german


def test_the_community_kinds_have_their_own_words():
    texts = {
        kind: kinds.render(kind, THREAD)
        for kind in (Kind.THREAD_REPLY, Kind.ANSWER_ACCEPTED, Kind.MENTION)
    }
    assert texts == {
        Kind.THREAD_REPLY: "Mei Chen replied to your thread “How do you end a retro?” in "
        "Retro basics",
        Kind.ANSWER_ACCEPTED: "Mei Chen accepted your answer in “How do you end a retro?” "
        "(Retro basics)",
        Kind.MENTION: "Mei Chen mentioned you in “How do you end a retro?” in Retro basics",
    }


def test_every_kind_renders_even_without_its_parameters():
    for kind in Kind:
        assert kinds.render(kind, {}), kind
    assert kinds.render(Kind.MENTION, {"actor_name": "Mei"}) == "Mei mentioned you in “…” in …"


def test_nobody_is_told_of_their_own_action_nor_a_closed_account(member, mei):
    assert _reply(member, actor=member) is None
    mei.is_active = False
    mei.save()
    assert _reply(mei, actor=member) is None
    assert not Notification.objects.exists()


def test_parameters_must_be_plain_values(member):
    with pytest.raises(TypeError, match="plain values"):
        _reply(member, thread=member)
    with pytest.raises(TypeError, match="plain values"):
        _reply(member, thread_title=gettext_lazy("Replies to your threads"))
    with pytest.raises(ValueError, match="not a valid Kind"):
        services.notify(recipient=member, kind="gossip", url="/")


def test_a_link_to_this_site_is_stored_as_a_path_without_its_language(member, settings):
    with translation.override("de"):
        notification = services.notify(
            recipient=member,
            kind=Kind.LEVEL_GAINED,
            url=settings.WAGTAILADMIN_BASE_URL + "/de/people/me/path/",
            params={"event": "promoted", "role": "learner"},
        )
    assert notification.url == "/people/me/path/"


def test_a_link_off_the_site_leads_to_the_list_and_is_logged(member, off_site_url, caplog):
    with caplog.at_level(logging.WARNING, logger="academy.notifications.services"):
        notification = _reply_at(member, off_site_url)
    assert Notification.objects.get(pk=notification.pk).url == "/notifications/"
    assert "linked off the site" in caplog.text
    assert repr(off_site_url) in caplog.text


def test_a_link_to_this_site_is_kept_and_not_logged(member, caplog):
    with caplog.at_level(logging.WARNING, logger="academy.notifications.services"):
        notification = _reply_at(member, "/learning/threads/7/?page=2#post-9")
    assert notification.url == "/learning/threads/7/?page=2#post-9"
    assert caplog.text == ""


# Email, as the member's settings say -------------------------------------------------------


def test_email_is_sent_after_commit_with_the_text_the_link_and_an_unsubscribe(member, mei, commit):
    with commit():
        _reply(member, actor=mei)
    [email] = mail.outbox
    assert email.to == [member.email]
    assert email.subject == (
        "Mei Chen replied to your thread “How do you end a retro?” in Retro basics"
    )
    assert "http://127.0.0.1:8000/learning/threads/7/" in email.body
    assert "/notifications/unsubscribe/" in email.body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = email.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http://127.0.0.1:8000/notifications/unsubscribe/")
    assert unsubscribe.strip("<>") in email.body
    assert Notification.objects.get().emailed_at is not None


def test_an_email_about_a_link_off_the_site_links_only_to_this_site(
    member, off_site_url, commit, links_off_the_site
):
    with commit():
        _reply_at(member, off_site_url)
    [email] = mail.outbox
    assert links_off_the_site(email) == []
    assert "evil" not in email.body and "javascript" not in email.body
    assert "Open it in Peer Academy: http://127.0.0.1:8000/notifications/\n" in email.body


def test_an_email_links_to_the_list_in_the_language_it_is_written_in(member, commit):
    with translation.override("de"), commit():
        _reply_at(member, "https://evil.example.org/de/")
    [email] = mail.outbox
    assert "http://127.0.0.1:8000/de/notifications/\n" in email.body
    assert "evil" not in email.body


def test_an_events_own_email_is_sent_instead_of_the_text(member, commit):
    with commit():
        services.notify(
            recipient=member,
            kind=Kind.WAITLIST_PROMOTED,
            url="/live/",
            params={"title": "Retro"},
            email=services.Email(
                subject="A seat for you",
                template="peers/email/welcome.txt",
                context={"welcome": {"message": "Custom body"}, "sender_name": "Mei"},
            ),
        )
    [email] = mail.outbox
    assert email.subject == "A seat for you"
    assert email.body.startswith("Custom body\n\n— Mei")
    assert "/notifications/unsubscribe/" in email.body


@pytest.mark.parametrize(
    ("delivery", "emailed"),
    [(Delivery.EMAIL, True), (Delivery.DIGEST, False), (Delivery.OFF, False)],
)
def test_the_members_setting_decides_the_email(member, commit, delivery, emailed):
    services.set_deliveries(user=member, deliveries={Kind.THREAD_REPLY: delivery})
    with commit():
        notification = _reply(member)
    assert bool(mail.outbox) is emailed
    assert notification.delivery == delivery
    assert (notification.emailed_at is not None) is emailed
    assert Notification.objects.filter(recipient=member).count() == 1, "always shown in the bell"


def test_defaults_email_what_needs_acting_on_and_collect_the_rest():
    assert SPECS[Kind.SESSION_REMINDER].default == Delivery.EMAIL
    assert SPECS[Kind.WAITLIST_PROMOTED].default == Delivery.EMAIL
    assert SPECS[Kind.MENTION].default == Delivery.EMAIL
    assert SPECS[Kind.THREAD_REPLY].default == Delivery.EMAIL
    assert SPECS[Kind.BADGE_EARNED].default == Delivery.DIGEST
    assert SPECS[Kind.LEVEL_GAINED].default == Delivery.DIGEST


def test_a_member_without_an_address_still_sees_it(member, commit):
    member.email = ""
    member.save()
    with commit():
        notification = _reply(member)
    assert mail.outbox == []
    assert notification.emailed_at is None


def test_nothing_is_stored_or_sent_for_a_write_that_rolled_back(member, commit):
    def action():
        with transaction.atomic():
            _reply(member)
            raise RuntimeError("the action failed")

    with commit(), pytest.raises(RuntimeError):
        action()
    assert not Notification.objects.exists()
    assert mail.outbox == []


@override_settings(EMAIL_BACKEND=f"{__name__}.RefusingBackend")
def test_a_failing_mail_server_does_not_break_the_action(member, commit):
    with commit():
        notification = _reply(member)
    assert Notification.objects.filter(pk=notification.pk).exists()


def test_notify_now_sends_at_once_and_a_failure_takes_the_notification_back(member, monkeypatch):
    monkeypatch.setattr(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        RefusingBackend.send_messages,
    )
    with pytest.raises(ConnectionRefusedError):
        services.notify_now(
            recipient=member,
            kind=Kind.SESSION_REMINDER,
            url="/live/",
            params={"title": "Retro", "event": "hour"},
        )
    assert not Notification.objects.exists()
    monkeypatch.undo()
    services.notify_now(
        recipient=member,
        kind=Kind.SESSION_REMINDER,
        url="/live/",
        params={"title": "Retro", "event": "hour"},
    )
    assert [email.subject for email in mail.outbox] == ["Starting soon: Retro"]


# Settings ---------------------------------------------------------------------------------


def test_only_choices_that_differ_from_the_default_are_stored(member):
    services.set_deliveries(
        user=member,
        deliveries={Kind.MENTION: Delivery.DIGEST, Kind.BADGE_EARNED: Delivery.DIGEST},
    )
    assert list(member.notification_preferences.values_list("kind", "delivery")) == [
        ("mention", "digest")
    ]
    services.set_deliveries(user=member, deliveries={Kind.MENTION: Delivery.EMAIL})
    assert not member.notification_preferences.exists()


def test_a_reminder_cannot_wait_for_the_digest(member):
    with pytest.raises(ValueError, match="digest"):
        services.set_deliveries(user=member, deliveries={Kind.SESSION_REMINDER: Delivery.DIGEST})
