"""Seats and the waitlist. Every change locks the session's state row first, so concurrent
requests queue on it and capacity is never exceeded; one row per member and session (a unique
constraint) makes a double click harmless."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.peers.permissions import can

from .. import selectors
from ..models import Registration, SessionState
from . import emails


class RegistrationError(Exception):
    """Why a member cannot take or give up a seat, in words for them."""


def lock_state(session) -> SessionState:
    """The session's state row, locked until the transaction ends: every change to seats or
    to the session's schedule queues on it."""
    SessionState.objects.get_or_create(session_id=session.pk)
    return SessionState.objects.select_for_update().get(session_id=session.pk)


def register(*, user, session, now=None) -> Registration:
    """Give the member a seat, or a place on the waitlist when every seat is taken."""
    if not can(user, "session.register", session):
        raise RegistrationError(_("You cannot register for this session."))
    with transaction.atomic():
        state = lock_state(session)
        # Read the clock inside the lock: seats and waitlist places follow the lock's order
        # (bench/registration.py measures it).
        now = now or timezone.now()
        if state.cancelled_at:
            raise RegistrationError(_("This session was cancelled."))
        if session.has_started(now) or state.ended_at:
            raise RegistrationError(_("Registration closed when the session started."))
        registration = Registration.objects.filter(user=user, session=session).first()
        if registration and registration.status != Registration.Status.CANCELLED:
            return registration
        full = selectors.seats_taken(session) >= session.capacity
        status = Registration.Status.WAITLISTED if full else Registration.Status.REGISTERED
        if registration is None:
            registration = Registration(user=user, session=session)
        registration.status = status
        registration.queued_at = now
        registration.promoted_at = registration.cancelled_at = None
        registration.save()
        if status == Registration.Status.REGISTERED:
            emails.registered(registration)
    return registration


def cancel(*, user, session, now=None) -> Registration | None:
    """Give up a seat or a waitlist place; the first member waiting gets the seat."""
    now = now or timezone.now()
    with transaction.atomic():
        state = lock_state(session)
        registration = Registration.objects.filter(user=user, session=session).first()
        if registration is None or registration.status == Registration.Status.CANCELLED:
            return registration
        if session.has_started(now) and not state.cancelled_at:
            raise RegistrationError(_("The session has started; it can no longer be cancelled."))
        had_seat = registration.status == Registration.Status.REGISTERED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        if had_seat:
            fill_seats(session=session, now=now)
    return registration


def fill_seats(*, session, now=None) -> list[Registration]:
    """Promote members from the waitlist, in order, into free seats (after a cancellation or
    when the host adds seats), and tell each of them."""
    now = now or timezone.now()
    with transaction.atomic():
        state = lock_state(session)
        if state.cancelled_at or session.has_started(now):
            return []
        free = session.capacity - selectors.seats_taken(session)
        promoted = list(selectors.waitlist(session)[: max(free, 0)])
        for registration in promoted:
            registration.status = Registration.Status.REGISTERED
            registration.promoted_at = now
            registration.save(update_fields=["status", "promoted_at"])
            emails.promoted(registration)
    return promoted
