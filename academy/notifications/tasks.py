from dataclasses import asdict

from django.core.mail import EmailMessage
from django_tasks import task


@task()
def deliver_email(
    *, subject: str, body: str, from_email: str, to: list[str], headers: dict | None = None
) -> int:
    """Send an email rendered by `emails`. In production it runs in the task worker: a slow or
    failing mail server neither holds up nor breaks the member's action, and queued emails
    survive a restart."""
    return EmailMessage(subject, body, from_email, to, headers=headers).send()


@task()
def send_digests() -> dict:
    """The daily digests that are due, for a scheduler that enqueues tasks instead of running
    `manage.py send_digests`: how many were sent and how many failed (retried next run)."""
    from . import services

    return asdict(services.send_digests())
