import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.peers.permissions import can

from .. import calendar, selectors
from ..models import CalendarFeed, SessionsIndexPage
from ..services import calendar_feed
from ..services.emails import absolute
from .session import _session_or_404

# Feed tokens are URL-safe base64 (`models.new_feed_token`).
FEED_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def session_ics(request, session_id: int):
    """Anyone may add a published session to their calendar; the meeting link is only in the
    copy of registered members and hosts."""
    session = _session_or_404(session_id)
    user = request.user
    insider = user.is_authenticated and (
        selectors.is_registered(user=user, session=session) or can(user, "session.run", session)
    )
    content = calendar.calendar_for(
        [(session, selectors.state_of(session), insider)], name=session.title
    )
    return _ics(content, f"session-{session.pk}.ics")


def feed(request, token: str):
    """A member's private feed: every session they hold a place in or host, by secret URL."""
    # Only what a token can look like reaches the database (PostgreSQL refuses a NUL byte).
    if not FEED_TOKEN.fullmatch(token):
        raise Http404
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.is_active:
        raise Http404
    user = feed.user
    entries = []
    for session in selectors.sessions_of(user):
        insider = selectors.is_registered(user=user, session=session) or can(
            user, "session.run", session
        )
        entries.append((session, selectors.state_of(session), insider))
    return _ics(calendar.calendar_for(entries, name=_("My Peer Academy sessions")), "sessions.ics")


@login_required
def my_sessions(request):
    """The sessions in the member's calendar feed, coming up first, and the feed's address."""
    user = request.user
    rows = selectors.held_sessions(user=user)
    upcoming = [row for row in rows if not row.over]
    past = [row for row in rows if row.over]
    feed = CalendarFeed.objects.filter(user=user).first()
    index = SessionsIndexPage.objects.live().first()
    return TemplateResponse(
        request,
        "live/my_sessions.html",
        {
            "upcoming": upcoming,
            "past": past[::-1],
            "sessions_url": index and index.url,
            "feed_url": absolute(reverse("live:feed", args=[feed.token])) if feed else None,
        },
    )


@login_required
@require_POST
def feed_reset(request):
    """Create the private feed address, or replace it: the old address stops working."""
    had_feed = CalendarFeed.objects.filter(user=request.user).exists()
    calendar_feed.reset(user=request.user)
    if had_feed:
        messages.success(request, _("New calendar address made; the old one no longer works."))
    else:
        messages.success(request, _("Your calendar address is ready: add it to your calendar."))
    return redirect("live:my_sessions")
