"""Seats and the waitlist: capacity is never exceeded, the waitlist is served in order, and
each member hears what happened to their place."""

import threading
from datetime import timedelta

import pytest
from django.db import close_old_connections, connection
from django.urls import reverse

from academy.live import selectors
from academy.live.models import Registration
from academy.live.services import registration
from academy.peers.roles import Role
from tests.factories import UserFactory, make_session

Status = Registration.Status


def _statuses(session) -> dict[str, str]:
    return dict(
        Registration.objects.filter(session=session).values_list("user__username", "status")
    )


def test_members_get_seats_until_full_then_join_the_waitlist_in_order(host):
    session = make_session(host=host, capacity=2)
    people = [UserFactory(username=f"p{n}") for n in range(4)]
    for person in people:
        registration.register(user=person, session=session)
    assert _statuses(session) == {
        "p0": Status.REGISTERED,
        "p1": Status.REGISTERED,
        "p2": Status.WAITLISTED,
        "p3": Status.WAITLISTED,
    }
    assert [r.user.username for r in selectors.waitlist(session)] == ["p2", "p3"]
    assert selectors.waitlist_position(Registration.objects.get(user=people[3])) == 2


def test_registering_twice_keeps_one_place(host):
    session = make_session(host=host, capacity=1)
    member = UserFactory()
    first = registration.register(user=member, session=session)
    again = registration.register(user=member, session=session)
    assert first.pk == again.pk
    assert Registration.objects.filter(session=session).count() == 1


def test_a_cancelled_seat_goes_to_the_first_on_the_waitlist_who_is_told(
    host, mailoutbox, django_capture_on_commit_callbacks
):
    session = make_session(host=host, capacity=1)
    seated, first, second = UserFactory(), UserFactory(), UserFactory()
    for person in (seated, first, second):
        registration.register(user=person, session=session)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        registration.cancel(user=seated, session=session)
    assert Registration.objects.get(user=first).status == Status.REGISTERED
    assert Registration.objects.get(user=second).status == Status.WAITLISTED
    assert selectors.waitlist_position(Registration.objects.get(user=second)) == 1
    assert [message.to for message in mailoutbox] == [[first.email]]
    assert "A seat opened up" in mailoutbox[0].subject
    assert reverse("live:cancel", args=[session.pk]) in mailoutbox[0].body


def test_leaving_the_waitlist_promotes_nobody(host):
    session = make_session(host=host, capacity=1)
    seated, waiting = UserFactory(), UserFactory()
    registration.register(user=seated, session=session)
    registration.register(user=waiting, session=session)
    registration.cancel(user=waiting, session=session)
    assert _statuses(session) == {
        seated.username: Status.REGISTERED,
        waiting.username: Status.CANCELLED,
    }


def test_registering_again_after_cancelling_queues_at_the_back(host):
    session = make_session(host=host, capacity=1)
    seated, leaver, other = UserFactory(), UserFactory(), UserFactory()
    for person in (seated, leaver, other):
        registration.register(user=person, session=session)
    registration.cancel(user=leaver, session=session)
    registration.register(user=leaver, session=session)
    assert [r.user for r in selectors.waitlist(session)] == [other, leaver]


def test_more_seats_published_by_the_host_go_to_the_waitlist(host):
    session = make_session(host=host, capacity=1)
    people = [UserFactory() for _ in range(3)]
    for person in people:
        registration.register(user=person, session=session)
    session.capacity = 2
    session.save_revision(user=host).publish()
    assert Registration.objects.get(user=people[1]).status == Status.REGISTERED
    assert Registration.objects.get(user=people[2]).status == Status.WAITLISTED


def test_registration_closes_at_the_start(host):
    session = make_session(host=host, starts_in=timedelta(minutes=-1))
    with pytest.raises(registration.RegistrationError, match="closed"):
        registration.register(user=UserFactory(), session=session)


def test_hosts_do_not_register_for_their_own_session(host):
    session = make_session(host=host)
    with pytest.raises(registration.RegistrationError):
        registration.register(user=host, session=session)


def test_registration_confirms_by_email_with_the_calendar_link(
    host, mailoutbox, django_capture_on_commit_callbacks
):
    session = make_session(host=host)
    member = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        registration.register(user=member, session=session)
    assert mailoutbox[0].to == [member.email]
    assert reverse("live:session_ics", args=[session.pk]) in mailoutbox[0].body
    assert session.time_zone in mailoutbox[0].body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_concurrent_registrations_for_ten_seats_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: row locks are what this test checks (CI runs it there)")
    host = UserFactory(roles=[Role.PEER_TEACHER])
    session = make_session(host=host, capacity=10)
    people = [UserFactory() for _ in range(50)]
    start = threading.Barrier(len(people))
    errors = []

    def take_a_seat(person):
        try:
            start.wait()
            registration.register(user=person, session=session)
        except Exception as error:  # reported below: a thread's exception would be lost
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=take_a_seat, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert selectors.seats_taken(session) == 10
    waitlist = list(selectors.waitlist(session))
    assert len(waitlist) == 40
    asked = [entry.queued_at for entry in waitlist]
    assert asked == sorted(asked)
