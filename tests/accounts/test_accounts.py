import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from academy.peers.roles import Role
from tests.factories import UserFactory
from tests.factories.users import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "newcomer@example.org",
    "username": "newcomer",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


def _is_signed_in(client) -> bool:
    return "Sign out" in client.get("/").content.decode()


def test_sign_up_verify_email_then_sign_in(client, home_page):
    response = client.post(reverse("account_signup"), SIGNUP)
    assert response.status_code == 302
    assert not _is_signed_in(client), "an unverified member must not be signed in"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["newcomer@example.org"]
    confirm_path = re.search(r"https?://[^/]+(/accounts/confirm-email/[^/\s]+/)", message.body)[1]

    assert client.get(confirm_path).status_code == 200
    client.post(confirm_path)
    assert _is_signed_in(client)

    client.post(reverse("account_logout"))
    assert not _is_signed_in(client)
    response = client.post(
        reverse("account_login"), {"login": "newcomer", "password": SIGNUP["password1"]}
    )
    assert response.status_code == 302
    assert _is_signed_in(client)


def test_sign_up_shows_field_errors_and_keeps_what_was_typed(client, home_page):
    response = client.post(
        reverse("account_signup"), {**SIGNUP, "email": "not-an-email", "password2": "different"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert 'value="newcomer"' in html
    assert len(mail.outbox) == 0


def test_sign_in_with_email_address(client, member):
    response = client.post(
        reverse("account_login"), {"login": "lena@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert _is_signed_in(client)


def test_failed_logins_lock_the_account_for_a_while(client, member):
    for _attempt in range(5):
        response = client.post(reverse("account_login"), {"login": "lena", "password": "wrong"})
        assert response.status_code == 200
    response = client.post(reverse("account_login"), {"login": "lena", "password": PASSWORD})
    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode()
    assert not _is_signed_in(client)


def test_admin_login_goes_through_the_rate_limited_sign_in(client, db):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


def test_learners_cannot_reach_the_admin(client, member):
    client.force_login(member)
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert not response.get("Location", "").startswith("/admin/")


@pytest.mark.parametrize("role", [role for role in Role if role.group_name])
def test_every_staff_and_teaching_role_can_open_the_admin(client, role):
    client.force_login(UserFactory(roles=[role]))
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("role", [Role.LEARNER, Role.CONTRIBUTOR, Role.AMBASSADOR])
def test_learning_levels_do_not_open_the_admin(client, role):
    client.force_login(UserFactory(roles=[role]))
    assert client.get("/admin/").status_code in (302, 403)


def test_forms_require_csrf_tokens(member):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("account_login"), {"login": "lena", "password": PASSWORD})
    assert response.status_code == 403


def test_password_reset_by_email(client, member):
    client.post(reverse("account_reset_password"), {"email": "lena@example.org"})
    assert len(mail.outbox) == 1
    reset_path = re.search(
        r"https?://[^/]+(/accounts/password/reset/key/\S+/)", mail.outbox[0].body
    )[1]

    form_page = client.get(reset_path, follow=True)
    assert form_page.status_code == 200
    set_password_path = form_page.redirect_chain[-1][0] if form_page.redirect_chain else reset_path
    new_password = "another-long-unusual-passphrase"
    response = client.post(
        set_password_path, {"password1": new_password, "password2": new_password}
    )
    assert response.status_code == 302

    assert client.login(username="lena", password=new_password)
    assert not client.login(username="lena", password=PASSWORD)


def test_password_reset_for_an_unknown_address_reveals_nothing(client, member):
    response = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert all("/accounts/password/reset/key/" not in message.body for message in mail.outbox)
