"""Live sessions as a host would schedule them: under the sessions index, then published."""

from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from academy.live.models import LiveSessionPage, SessionsIndexPage
from cms.models import HomePage

from .courses import make_topic, publish


def make_sessions_index() -> SessionsIndexPage:
    existing = SessionsIndexPage.objects.first()
    if existing:
        return existing
    return publish(
        SessionsIndexPage(title="Live sessions", slug="sessions"), parent=HomePage.objects.get()
    )


def make_session(
    title="Retro clinic", *, host, starts_in=timedelta(days=2), minutes=60, **fields
) -> LiveSessionPage:
    """A published session starting `starts_in` from now (negative: it has started), on the
    minute like the times hosts enter in the editor."""
    starts_at = (timezone.now() + starts_in).replace(second=0, microsecond=0)
    fields.setdefault("topic", make_topic())
    fields.setdefault("description", f"Bring your questions about {title.lower()}.")
    fields.setdefault("meeting_url", "https://meet.example.org/retro-clinic")
    fields.setdefault("capacity", 30)
    fields.setdefault("slug", f"{slugify(title)}-{LiveSessionPage.objects.count()}")
    cohosts = fields.pop("cohosts", [])
    session = LiveSessionPage(
        title=title,
        host=host,
        owner=host,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes),
        **fields,
    )
    make_sessions_index().add_child(instance=session)
    session.cohosts.set(cohosts)
    session.save_revision(user=host).publish()
    session.refresh_from_db()
    return session
