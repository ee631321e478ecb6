"""Production queues emails for the task worker: a member's click never waits for the mail
server, and a mail server that refuses never undoes what the member did."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

from academy.live.models import Registration
from academy.peers.roles import Role
from academy.settings.backends import QUEUED_TASKS
from tests.factories import UserFactory, make_session

pytestmark = pytest.mark.django_db


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


def _register(django_capture_on_commit_callbacks):
    member = UserFactory(username="lena", email="lena@example.org")
    host = UserFactory(username="host", roles=[Role.PEER_TEACHER])
    session = make_session(host=host, starts_in=timedelta(days=2))
    client = Client()
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("live:register", args=[session.pk]))
    return member, session, response


# Transactional: the worker closes its database connection between tasks.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS={"default": {"BACKEND": QUEUED_TASKS}})
def test_the_email_waits_in_the_queue_until_the_worker_sends_it(django_capture_on_commit_callbacks):
    member, session, response = _register(django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert Registration.objects.filter(user=member, session=session).exists()
    assert mail.outbox == []

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    to_member = [message.subject for message in mail.outbox if message.to == [member.email]]
    assert to_member == [f"Your seat: {session.title}"]


@override_settings(EMAIL_BACKEND=f"{__name__}.RefusingBackend")
def test_a_refusing_mail_server_does_not_undo_the_registration(
    django_capture_on_commit_callbacks,
):
    member, session, response = _register(django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert Registration.objects.filter(user=member, session=session).exists()
