from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.peers.permissions import can

from .. import selectors
from ..services import room as room_service
from .session import _session_or_404


@login_required
def room(request, session_id: int):
    """The live room: the page renders the frame, `live-room.js` fills it over the websocket."""
    session = _session_or_404(session_id)
    if not can(request.user, "session.enter", session):
        if selectors.registration_of(user=request.user, session=session) is None:
            return redirect(session.url)
        raise PermissionDenied
    now = timezone.now()
    runs = can(request.user, "session.run", session)
    return TemplateResponse(
        request,
        "live/room.html",
        {
            "session": session,
            "runs": runs,
            "moderates": can(request.user, "session.moderate", session),
            "not_open_yet": now < session.room_opens_at() and not runs,
            "show_meeting_link": now >= session.meeting_link_shown_from() or runs,
            "socket_path": f"/ws/live/{session.pk}/",
            "recap_url": reverse("live:recap", args=[session.pk]),
            "strings": room_strings(),
            "closed": room_service.is_closed(session, selectors.state_of(session), now),
        },
    )


def room_strings() -> dict:
    """The words of `live-room.js`, translated on the server like every other page."""
    return {
        "connecting": _("Connecting…"),
        "live": _("Live"),
        "reconnecting": _("Reconnecting…"),
        "offline": _("Offline: check your connection"),
        "removed": _("A host removed you from this room."),
        "forbidden": _("You have no seat in this room."),
        "signedOut": _("Your session expired: sign in again."),
        "notFound": _("This session is not available."),
        "notOpen": _("The room opens 15 minutes before the start. This page connects by itself."),
        "ended": _("The session has ended. Thank you for coming!"),
        "chatClosed": _("The hosts closed the chat. Questions and hands still work."),
        "muted": _("A host muted you: you can still vote and listen."),
        "vote": _("Vote"),
        "votes": _("votes"),
        "answered": _("Answered"),
        "pinned": _("Pinned"),
        "markAnswered": _("Mark answered"),
        "markOpen": _("Mark open"),
        "pin": _("Pin"),
        "unpin": _("Unpin"),
        "noQuestions": _("No questions yet. Ask the first one!"),
        "noMessages": _("No messages yet. Say hello!"),
        "noHands": _("No hands raised."),
        "raise": _("Raise my hand"),
        "lower": _("Lower my hand"),
        "lowerOther": _("Lower"),
        "called": _("%(name)s, it's your turn!"),
        "mute": _("Mute"),
        "unmute": _("Unmute"),
        "remove": _("Remove"),
        "removeConfirm": _("Remove %(name)s from this room?"),
        "endConfirm": _("End the session for everyone?"),
        "host": _("host"),
        "you": _("you"),
        "mutedLabel": _("muted"),
        "closeChat": _("Close the chat"),
        "openChat": _("Open the chat"),
    }
