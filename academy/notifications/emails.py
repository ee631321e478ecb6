"""Every email the academy sends about members' activity goes out through here.

Emails are rendered where they are asked for (in the language of that moment) and handed to
the task queue once the transaction commits (`tasks.deliver_email`): a slow or failing mail
server never holds up or undoes a member's action, and nothing is sent for a write that rolled
back. Emails about notifications carry a one-click unsubscribe link, in the body and in the
`List-Unsubscribe` headers of RFC 8058.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language, ngettext

from . import links, tasks, unsubscribe
from .kinds import SPECS

SUBJECT_LENGTH = 150


@dataclass(frozen=True)
class Email:
    """An event's own email: its subject and the template and context of its body. Events
    without one are emailed with their notification's text and link."""

    subject: str
    template: str
    context: dict = field(default_factory=dict)

    def body(self) -> str:
        return render_to_string(self.template, self.context)


def message(
    *, to: list[str], subject: str, body: str, headers: dict | None = None
) -> EmailMessage | None:
    recipients = [address for address in to if address]
    if not recipients:
        return None
    return EmailMessage(
        _one_line(subject), body, settings.DEFAULT_FROM_EMAIL, recipients, headers=headers
    )


def enqueue_after_commit(email: EmailMessage | None) -> None:
    """Queue the email once the transaction commits; robust, so a queue that fails is logged
    and never breaks the action or the other work that follows it."""
    if email is None:
        return
    fields = {
        "subject": email.subject,
        "body": email.body,
        "from_email": email.from_email,
        "to": list(email.to),
        "headers": dict(email.extra_headers),
    }
    transaction.on_commit(lambda: tasks.deliver_email.enqueue(**fields), robust=True)


def send(*, to: list[str], subject: str, template: str, context: dict) -> None:
    """An email that is not a notification (a receipt of the member's own action, an
    account notice): rendered now, sent after commit, whatever the member's settings."""
    body = render_to_string(template, context)
    enqueue_after_commit(message(to=to, subject=subject, body=body))


# Notifications ----------------------------------------------------------------------------


def for_notification(notification, *, email: Email | None = None) -> EmailMessage | None:
    """The email of one notification: the event's own email, or its text and link, with a
    footer and headers to unsubscribe from its kind."""
    recipient = notification.recipient
    if email is not None:
        subject, body = email.subject, email.body()
    else:
        subject = notification.text
        body = render_to_string(
            "notifications/email/notification.txt",
            {
                "notification": notification,
                "link": links.absolute(links.target(notification.url, get_language())),
            },
        )
    stop_url = _unsubscribe_url(recipient, notification.kind)
    footer = render_to_string(
        "notifications/email/footer.txt",
        {
            "kind_label": SPECS[notification.kind].label,
            "unsubscribe_url": stop_url,
            "settings_url": links.absolute(reverse("notifications:settings")),
        },
    )
    body = f"{body.rstrip()}\n\n{footer.strip()}\n"
    return message(
        to=[recipient.email], subject=subject, body=body, headers=unsubscribe_headers(stop_url)
    )


def digest(*, user, notifications) -> EmailMessage | None:
    """One email with every notification waiting for the member's digest, grouped by kind in
    the order of the settings page."""
    by_kind = {}
    for notification in notifications:
        by_kind.setdefault(notification.kind, []).append(notification)
    language = get_language()
    groups = [
        {
            "label": spec.label,
            "items": [
                {
                    "text": item.text,
                    "excerpt": item.excerpt,
                    "link": links.absolute(links.target(item.url, language)),
                }
                for item in by_kind[kind]
            ],
        }
        for kind, spec in SPECS.items()
        if kind in by_kind
    ]
    count = sum(len(group["items"]) for group in groups)
    stop_url = _unsubscribe_url(user, unsubscribe.DIGEST)
    body = render_to_string(
        "notifications/email/digest.txt",
        {
            "member": user,
            "groups": groups,
            "count": count,
            "list_url": links.absolute(reverse("notifications:list")),
            "settings_url": links.absolute(reverse("notifications:settings")),
            "unsubscribe_url": stop_url,
        },
    )
    subject = ngettext(
        "Your daily digest: %(count)d new notification",
        "Your daily digest: %(count)d new notifications",
        count,
    ) % {"count": count}
    return message(
        to=[user.email], subject=subject, body=body, headers=unsubscribe_headers(stop_url)
    )


def unsubscribe_headers(url: str) -> dict:
    """RFC 2369 and RFC 8058: mail clients offer "Unsubscribe" and POST to the link."""
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _unsubscribe_url(user, what: str) -> str:
    token = unsubscribe.token_for(user=user, what=what)
    return links.absolute(reverse("notifications:unsubscribe", args=[token]))


def _one_line(subject: str) -> str:
    """A header holds one line: member-written titles may hold line breaks."""
    subject = " ".join(str(subject).split())
    if len(subject) > SUBJECT_LENGTH:
        subject = subject[: SUBJECT_LENGTH - 1].rstrip() + "…"
    return subject
