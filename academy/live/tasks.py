from dataclasses import asdict

from django_tasks import task

from .services import reminders


@task()
def send_reminders() -> dict:
    """The reminders that are due, for a scheduler that enqueues tasks instead of running
    `manage.py send_reminders`: how many were sent and how many failed (retried next run)."""
    return asdict(reminders.send_due())
