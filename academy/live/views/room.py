from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone

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
            "closed": room_service.is_closed(session, selectors.state_of(session), now),
        },
    )
