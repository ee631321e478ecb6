"""One-click unsubscribe: a signed link for one member and one kind. GET asks, POST stops the
emails (from a mail client too: no session, no CSRF token); a changed, forged or old link gets
a clear page, never an error."""

import re
import time
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail, signing
from django.test import Client
from django.urls import reverse

from academy.notifications import selectors, services, unsubscribe
from academy.notifications.kinds import Delivery, Kind
from academy.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _link_from_email(member, commit, kind=Kind.MENTION) -> str:
    with commit():
        services.notify(
            recipient=member,
            kind=kind,
            url="/learning/threads/1/",
            params={"thread_title": "Check-ins", "actor_name": "Mei"},
        )
    [email] = mail.outbox
    mail.outbox.clear()
    header = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert header in email.body
    return header.removeprefix("http://127.0.0.1:8000")


def _url(member, what) -> str:
    return reverse(
        "notifications:unsubscribe", args=[unsubscribe.token_for(user=member, what=what)]
    )


def _text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def test_get_asks_and_changes_nothing(client, member, commit):
    url = _link_from_email(member, commit)
    response = client.get(url)
    assert response.status_code == 200
    assert 'Stop emails about "Mentions of you"?' in _text(response)
    assert BeautifulSoup(response.content, "html.parser").select_one("form[method=post]")
    assert selectors.delivery_for(user=member, kind=Kind.MENTION) == Delivery.EMAIL


def test_the_button_stops_that_kind_of_email_only(member, commit):
    url = _link_from_email(member, commit)
    # The member's browser, signed out, with CSRF checks on: the signature is the credential.
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(url)
    assert response.status_code == 200
    assert 'You no longer get emails about "Mentions of you"' in _text(response)
    assert selectors.delivery_for(user=member, kind=Kind.MENTION) == Delivery.OFF
    assert selectors.delivery_for(user=member, kind=Kind.THREAD_REPLY) == Delivery.EMAIL

    # The next mention shows in the bell, and no email comes.
    with commit():
        services.notify(recipient=member, kind=Kind.MENTION, url="/", params={})
    assert mail.outbox == []
    assert Notification.objects.filter(recipient=member, kind=Kind.MENTION).count() == 2


def test_a_mail_clients_one_click_post_works_and_repeats_harmlessly(member, commit):
    url = _link_from_email(member, commit)
    mail_client = Client(enforce_csrf_checks=True)
    for _ in range(2):
        response = mail_client.post(
            url,
            "List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 200
    assert list(member.notification_preferences.values_list("kind", "delivery")) == [
        ("mention", "off")
    ]


def test_the_digests_link_stops_every_kind_collected_in_it(client, member):
    services.set_deliveries(user=member, deliveries={Kind.MENTION: Delivery.DIGEST})
    response = client.post(_url(member, unsubscribe.DIGEST))
    assert response.status_code == 200
    text = _text(response)
    assert "You no longer get the daily digest." in text
    for kind in (Kind.MENTION, Kind.BADGE_EARNED, Kind.LEVEL_GAINED):
        assert str(kind.label) in text
        assert selectors.delivery_for(user=member, kind=kind) == Delivery.OFF
    assert selectors.delivery_for(user=member, kind=Kind.THREAD_REPLY) == Delivery.EMAIL


def test_a_changed_link_is_refused_clearly(client, member, commit):
    url = _link_from_email(member, commit)
    token = url.rstrip("/").rsplit("/", 1)[1]
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    for bad in (tampered, "not-a-token", token.split(":")[0]):
        response = client.post(reverse("notifications:unsubscribe", args=[bad]))
        assert response.status_code == 400
        assert "This link does not work" in _text(response)
    assert selectors.delivery_for(user=member, kind=Kind.MENTION) == Delivery.EMAIL


def test_a_link_for_someone_else_cannot_be_made_by_changing_the_id(client, member, mei):
    token = unsubscribe.token_for(user=member, what=Kind.MENTION)
    _payload, rest = token.split(":", 1)
    forged_payload = signing.dumps([mei.pk, "mention"], salt=unsubscribe.SALT).split(":", 1)[0]
    response = client.post(reverse("notifications:unsubscribe", args=[f"{forged_payload}:{rest}"]))
    assert response.status_code == 400
    assert not mei.notification_preferences.exists()
    # Signed with another salt (another feature's signature) does not work either.
    other = signing.dumps([mei.pk, "mention"], salt="peers.referral")
    assert client.post(reverse("notifications:unsubscribe", args=[other])).status_code == 400


def test_an_old_link_says_it_expired(client, member):
    class SixtyOneDaysAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time() - timedelta(days=61).total_seconds()))

    token = SixtyOneDaysAgo(salt=unsubscribe.SALT).sign_object([member.pk, "mention"])
    response = client.get(reverse("notifications:unsubscribe", args=[token]))
    assert response.status_code == 410
    assert "Unsubscribe links work for 60 days" in _text(response)
    assert client.post(reverse("notifications:unsubscribe", args=[token])).status_code == 410
    assert not member.notification_preferences.exists()


def test_a_link_for_an_unknown_kind_or_a_deleted_member_is_refused(client, member):
    assert client.get(_url(member, "gossip")).status_code == 400
    url = _url(member, Kind.MENTION)
    member.delete()
    assert client.post(url).status_code == 400


def test_only_the_unsubscribe_view_skips_the_csrf_check(member):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(member)
    assert browser.post(reverse("notifications:settings"), {}).status_code == 403
    assert browser.post(reverse("notifications:mark_all_read")).status_code == 403


def test_every_notification_email_carries_the_link_for_its_own_kind(member, commit):
    services.set_deliveries(user=member, deliveries={Kind.BADGE_EARNED: Delivery.EMAIL})
    with commit():
        services.notify(
            recipient=member,
            kind=Kind.BADGE_EARNED,
            url="/people/badges/first-lesson/",
            params={"badges": [{"slug": "first-lesson", "name": "First lesson"}]},
        )
    [email] = mail.outbox
    token = re.search(r"/notifications/unsubscribe/([^/\s]+)/", email.body)[1]
    wanted = unsubscribe.read(token)
    assert (wanted.user_id, wanted.what) == (member.pk, "badge_earned")
