from django.core.mail import EmailMessage
from django_tasks import task


@task()
def deliver_email(*, subject: str, body: str, from_email: str, to: list[str]) -> int:
    """Send an email rendered by `services.notifications.send`. In production it runs in the
    task worker: a slow or failing mail server neither holds up nor breaks the member's
    action, and queued emails survive a restart."""
    return EmailMessage(subject, body, from_email, to).send()
