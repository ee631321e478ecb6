"""The session page and the learner's writes: register, cancel."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.peers.permissions import can

from .. import selectors
from ..forms import SessionFeedbackForm
from ..models import LiveSessionPage, Registration, SessionFeedback
from ..services import registration as registration_service


def session_context(request, *, session) -> dict:
    user, now = request.user, timezone.now()
    registration = selectors.registration_of(user=user, session=session)
    registered = bool(registration and registration.status == Registration.Status.REGISTERED)
    runs = can(user, "session.run", session)
    state = selectors.state_of(session)
    over = selectors.is_over(session, now)
    feedback = None
    if user.is_authenticated and over:
        feedback = SessionFeedback.objects.filter(session=session, user=user).first()
    return {
        "registration": registration,
        "registered": registered,
        "waitlist_position": registration and selectors.waitlist_position(registration),
        "seats_taken": selectors.seats_taken(session),
        "runs": runs,
        "state": state,
        "started": session.has_started(now),
        "over": over,
        "cancelled": bool(state.cancelled_at),
        "hosts": [session.host, *session.cohosts.all()],
        "show_meeting_link": (registered or runs) and now >= session.meeting_link_shown_from(),
        "room_open": (registered or runs) and now >= session.room_opens_at() and not over,
        "may_give_feedback": over
        and feedback is None
        and selectors.attended(user=user, session=session)
        and user.pk not in session.host_ids(),
        "feedback_form": SessionFeedbackForm(),
    }


def _session_or_404(session_id: int) -> LiveSessionPage:
    return get_object_or_404(LiveSessionPage.objects.live().public(), pk=session_id)


@login_required
@require_POST
def register(request, session_id: int):
    session = _session_or_404(session_id)
    try:
        registration = registration_service.register(user=request.user, session=session)
    except registration_service.RegistrationError as error:
        messages.error(request, str(error))
    else:
        if registration.status == Registration.Status.REGISTERED:
            messages.success(request, _("You have a seat. We emailed you the details."))
        else:
            messages.info(
                request,
                _(
                    "Every seat is taken, so you are on the waitlist (place %(place)d). We will "
                    "email you if a seat opens up."
                )
                % {"place": selectors.waitlist_position(registration)},
            )
    return redirect(session.url)


@login_required
def cancel(request, session_id: int):
    """GET asks to confirm (the link in emails), POST gives the seat up."""
    session = _session_or_404(session_id)
    registration = selectors.registration_of(user=request.user, session=session)
    if request.method == "POST":
        try:
            registration_service.cancel(user=request.user, session=session)
        except registration_service.RegistrationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("You gave up your place. Thank you for making room."))
        return redirect(session.url)
    return TemplateResponse(
        request, "live/cancel.html", {"session": session, "registration": registration}
    )
