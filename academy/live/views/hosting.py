"""What hosts see: the list of attendees (and its CSV), cancelling the session, the recap
with its follow-ups, and the attendees' feedback form."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.peers.permissions import can
from academy.peers.selectors.profiles import display_name

from .. import selectors
from ..forms import CancelSessionForm, SessionFeedbackForm
from ..services import recap as recap_service
from ..services import schedule
from .session import _session_or_404


def _run_session_or_404(request, session_id: int):
    session = _session_or_404(session_id)
    if not can(request.user, "session.run", session):
        raise Http404
    return session


@login_required
def attendees(request, session_id: int):
    session = _run_session_or_404(request, session_id)
    return TemplateResponse(
        request,
        "live/attendees.html",
        {
            "session": session,
            "registrations": selectors.attendees(session),
            "seats_taken": selectors.seats_taken(session),
        },
    )


@login_required
def attendees_csv(request, session_id: int):
    session = _run_session_or_404(request, session_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}-attendees.csv"'
    writer = csv.writer(response)
    writer.writerow([_("Name"), _("Username"), _("Email"), _("Status"), _("Asked at")])
    for registration in selectors.attendees(session):
        user = registration.user
        writer.writerow(
            [
                _safe_cell(display_name(user)),
                _safe_cell(user.get_username()),
                _safe_cell(user.email),
                registration.get_status_display(),
                registration.queued_at.isoformat(),
            ]
        )
    return response


def _safe_cell(value: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheets (CSV injection).
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


@login_required
def cancel_session(request, session_id: int):
    """GET asks the host to confirm, POST calls the session off and tells everyone coming."""
    session = _run_session_or_404(request, session_id)
    if selectors.is_cancelled(session):
        messages.info(request, _("This session is already cancelled."))
        return redirect(session.url)
    form = CancelSessionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            schedule.cancel_session(
                session=session, by=request.user, reason=form.cleaned_data["reason"]
            )
        except schedule.ScheduleError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("The session is cancelled. Everyone registered or waiting was emailed.")
            )
        return redirect(session.url)
    return TemplateResponse(
        request,
        "live/cancel_session.html",
        {"session": session, "form": form, "attendees_count": selectors.attendees(session).count()},
        status=400 if form.is_bound else 200,
    )


@login_required
def recap(request, session_id: int):
    """Hosts see everything; attendees see the questions and how they went."""
    session = _session_or_404(session_id)
    runs = can(request.user, "session.run", session)
    if not (runs or selectors.attended(user=request.user, session=session)):
        raise Http404
    if not selectors.is_over(session):
        messages.info(request, _("The recap is ready once the session is over."))
        return redirect(session.url)
    return TemplateResponse(
        request,
        "live/recap.html",
        {"session": session, "runs": runs, "recap": selectors.recap(session)},
    )


@login_required
@require_POST
def follow_up(request, session_id: int, question_id: int):
    session = _run_session_or_404(request, session_id)
    done = request.POST.get("done") == "1"
    if not recap_service.follow_up(session=session, question_id=question_id, done=done):
        raise Http404
    if done:
        messages.success(request, _("Marked as answered in a lesson."))
    else:
        messages.success(request, _("Added to your follow-ups: answer it in a lesson."))
    return redirect("live:recap", session_id=session.pk)


@login_required
@require_POST
def feedback(request, session_id: int):
    session = _session_or_404(session_id)
    form = SessionFeedbackForm(request.POST)
    if not form.is_valid():
        context = session.get_context(request)
        context["feedback_form"] = form
        return TemplateResponse(request, session.get_template(request), context, status=400)
    try:
        recap_service.give_feedback(user=request.user, session=session, **form.cleaned_data)
    except recap_service.FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Thank you: your host will read it."))
    return redirect(session.url)
