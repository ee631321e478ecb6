"""The bell, the list, opening a notification, marking all read and the email settings, as a
member uses them; nobody ever sees or marks another member's notifications."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from academy.notifications import services
from academy.notifications.kinds import Delivery, Kind
from academy.notifications.models import Notification
from academy.notifications.templatetags.notification_tags import ago, unread_notifications
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LIST = reverse("notifications:list")
SETTINGS = reverse("notifications:settings")
READ_ALL = reverse("notifications:mark_all_read")


def _notify(recipient, title="Retro clinic", url="/live/sessions/retro-clinic/", **params):
    return services.notify(
        recipient=recipient,
        kind=Kind.WAITLIST_PROMOTED,
        url=url,
        params={"title": title, **params},
    )


def _soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def _bell(response):
    return _soup(response).select_one("a.bell")


def _open_url(notification) -> str:
    return reverse("notifications:open", args=[notification.pk])


# The bell ---------------------------------------------------------------------------------


def test_the_bell_counts_unread_notifications(client, member):
    client.force_login(member)
    bell = _bell(client.get(LIST))
    assert bell["href"] == LIST
    assert bell.select_one(".bell__count") is None
    for title in ("One", "Two", "Three"):
        _notify(member, title)
    services.mark_read(notification=Notification.objects.get(params__title="One"))
    bell = _bell(client.get("/"))
    assert bell.select_one(".bell__count")["data-unread"] == "2"
    assert "2 unread" in bell.get_text(" ")


def test_anonymous_pages_have_no_bell(client):
    assert _bell(client.get("/")) is None


def test_the_bell_costs_one_query(client, member, django_assert_num_queries):
    client.force_login(member)
    client.get("/")  # warm the session and Wagtail's caches
    _notify(member)
    request = RequestFactory().get("/")
    request.user = member
    with django_assert_num_queries(1):
        assert unread_notifications({"request": request}) == 1
        assert unread_notifications({"request": request}) == 1  # asked twice, counted once


# The list ---------------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in(client):
    for url in (LIST, SETTINGS, reverse("notifications:open", args=[1])):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login") + "?next=")
    response = client.post(READ_ALL)
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_empty_list_says_what_will_show_up(client, member):
    client.force_login(member)
    page = _soup(client.get(LIST))
    assert page.select_one(".empty-state__title").get_text() == "No notifications yet"
    assert page.select_one(f"form[action='{READ_ALL}']") is None


def test_the_list_shows_newest_first_with_unread_ones_marked(client, member):
    old = _notify(member, "Older session")
    services.mark_read(notification=old)
    _notify(member, "Newer session")
    client.force_login(member)
    items = _soup(client.get(LIST)).select("li.notification")
    assert [item.select_one("a").get_text(" ", strip=True) for item in items] == [
        "Unread: A seat opened up for you: Newer session",
        "A seat opened up for you: Older session",
    ]
    assert "notification--unread" in items[0]["class"]
    assert "notification--unread" not in items[1]["class"]


def test_member_written_text_is_escaped(client, member):
    _notify(member, '<script>alert("x")</script>', excerpt="<b>bold</b>")
    client.force_login(member)
    html = client.get(LIST).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html


def test_times_read_as_how_long_ago():
    now = timezone.now()
    assert ago(now - timedelta(seconds=20)) == "just now"
    assert ago(now - timedelta(hours=3, minutes=2)) == "3\xa0hours ago"


def test_the_list_is_paginated(client, member):
    for number in range(25):
        _notify(member, f"Session {number}")
    client.force_login(member)
    first = _soup(client.get(LIST))
    assert len(first.select("li.notification")) == 20
    assert "Session 24" in first.select_one("li.notification").get_text()
    second = _soup(client.get(LIST, {"page": 2}))
    assert len(second.select("li.notification")) == 5


def test_the_list_costs_the_same_few_queries_however_long_it_is(
    client, member, django_assert_max_num_queries
):
    """Texts render from the row alone: no query per notification, whoever acted."""
    _notify(member, "First")
    client.force_login(member)
    client.get(LIST)
    with CaptureQueriesContext(connection) as one:
        client.get(LIST)
    for number in range(30):
        _notify(member, f"Session {number}", excerpt="Bring a question.")
    Notification.objects.update(actor=UserFactory())
    # The site's shell (menus, footer, permissions) and three of ours: the page, the count
    # for the paginator, the unread count for the bell and the button.
    with django_assert_max_num_queries(len(one)):
        response = client.get(LIST)
    assert len(_soup(response).select("li.notification")) == 20
    assert len(one) <= 14


def test_the_list_reads_in_the_readers_language(client, member):
    _notify(member, "Retro")
    client.force_login(member)
    english = _soup(client.get(LIST)).select_one("li.notification a").get_text(strip=True)
    german = _soup(client.get("/de" + LIST)).select_one("li.notification a").get_text(strip=True)
    assert english.endswith("A seat opened up for you: Retro")
    assert german != english and german.endswith("Retro")


def test_members_see_only_their_own_notifications(client, member, mei):
    _notify(mei, "Mei's session")
    _notify(member, "Lena's session")
    client.force_login(member)
    html = client.get(LIST).content.decode()
    assert "Lena&#x27;s session" in html
    assert "Mei&#x27;s session" not in html


# Opening one ------------------------------------------------------------------------------


def test_opening_marks_it_read_and_goes_where_it_leads(client, member):
    notification = _notify(member, url="/live/sessions/retro-clinic/#details")
    client.force_login(member)
    response = client.get(_open_url(notification))
    assert response.status_code == 302
    assert response["Location"] == "/live/sessions/retro-clinic/#details"
    notification.refresh_from_db()
    assert notification.read_at is not None
    first_read = notification.read_at
    client.get(_open_url(notification))
    notification.refresh_from_db()
    assert notification.read_at == first_read


def test_opening_leads_to_the_page_in_the_readers_language(client, member):
    notification = services.notify(
        recipient=member,
        kind=Kind.LEVEL_GAINED,
        url=reverse("peers:path"),
        params={"event": "promoted", "role": "learner"},
    )
    path = reverse("peers:path")
    client.force_login(member)
    response = client.get("/es" + _open_url(notification))
    assert response["Location"] == "/es" + path


@pytest.mark.parametrize("stored_before", [False, True], ids=["notified", "stored-before"])
def test_opening_never_leaves_the_site(client, member, off_site_url, stored_before):
    client.force_login(member)
    for prefix in ("", "/de"):
        notification = _notify(member, url=off_site_url)
        if stored_before:
            # A row written before notify refused such links: the view checks it again.
            Notification.objects.filter(pk=notification.pk).update(url=off_site_url)
        response = client.get(prefix + _open_url(notification))
        assert response.status_code == 302
        assert response["Location"] == prefix + LIST
        notification.refresh_from_db()
        assert notification.read_at is not None


def test_nobody_opens_or_marks_another_members_notification(client, member, mei):
    theirs = _notify(mei)
    admin = UserFactory(is_superuser=True)
    for user in (member, admin):
        client.force_login(user)
        assert client.get(_open_url(theirs)).status_code == 404
        client.post(READ_ALL)
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_mark_all_read_is_a_post_with_a_csrf_token(client, member):
    for title in ("One", "Two"):
        _notify(member, title)
    client.force_login(member)
    assert client.get(READ_ALL).status_code == 405
    response = client.post(READ_ALL, follow=True)
    assert response.redirect_chain[-1][0] == LIST
    assert "2 notifications marked read." in response.content.decode()
    assert not Notification.objects.filter(recipient=member, read_at__isnull=True).exists()

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    _notify(member, "Three")
    assert strict.post(READ_ALL).status_code == 403
    assert Notification.objects.filter(recipient=member, read_at__isnull=True).count() == 1


# Email settings ---------------------------------------------------------------------------


def test_settings_show_one_row_per_kind_with_the_current_choice(client, member):
    services.set_deliveries(user=member, deliveries={Kind.MENTION: Delivery.OFF})
    client.force_login(member)
    page = _soup(client.get(SETTINGS))
    rows = page.select("fieldset.field--group")
    assert [row.legend.get_text(strip=True) for row in rows] == [str(k.label) for k in Kind]
    assert page.select_one("input[name='mention'][checked]")["value"] == "off"
    assert page.select_one("input[name='badge_earned'][checked]")["value"] == "digest"
    reminder_choices = [item["value"] for item in page.select("input[name='session_reminder']")]
    assert reminder_choices == ["email", "off"], "a reminder is no use a day late"


def test_saving_settings_changes_what_is_emailed(client, member):
    client.force_login(member)
    data = {kind.value: "email" for kind in Kind}
    data.update({"mention": "off", "badge_earned": "email", "thread_reply": "digest"})
    response = client.post(SETTINGS, data, follow=True)
    assert "Your email settings are saved." in response.content.decode()
    stored = dict(member.notification_preferences.values_list("kind", "delivery"))
    assert stored == {
        "mention": "off",
        "badge_earned": "email",
        "level_gained": "email",
        "thread_reply": "digest",
    }


def test_a_settings_form_with_a_bad_choice_says_so_and_saves_nothing(client, member):
    client.force_login(member)
    data = {kind.value: "email" for kind in Kind}
    data["session_reminder"] = "digest"
    response = client.post(SETTINGS, data)
    assert response.status_code == 400
    assert _soup(response).select_one(".field--invalid legend").get_text(strip=True) == (
        Kind.SESSION_REMINDER.label
    )
    assert not member.notification_preferences.exists()
