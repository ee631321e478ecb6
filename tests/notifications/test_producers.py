"""Every event that tells a member something goes through `notify`: the right kind, for the
right people, with the event's own email wording kept; receipts and account notices stay
email only."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page

from academy.courses import selectors
from academy.courses import services as course_services
from academy.live.models import Registration
from academy.live.services import registration, reminders, schedule
from academy.notifications.models import Notification
from academy.peers import services as peer_services
from academy.peers.models import BuddyRequest
from academy.peers.roles import Role
from search import services as search_services
from tests.courses.test_authoring import course_form
from tests.courses.test_review_workflow import _act
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic

pytestmark = pytest.mark.django_db


def told(user, kind=None) -> list[Notification]:
    found = Notification.objects.filter(recipient=user)
    if kind:
        found = found.filter(kind=kind)
    return list(found.order_by("created_at", "pk"))


def emails_to(user) -> list:
    return [message for message in mail.outbox if message.to == [user.email]]


# Your path --------------------------------------------------------------------------------


def test_a_role_granted_then_revoked_is_a_gain_then_a_loss(member, commit):
    topic = make_topic("retrospectives")
    curator = UserFactory(username="clara", roles=[Role.CURATOR])
    with commit():
        peer_services.grant_role(user=member, role=Role.PEER_TEACHER, topic=topic, by=curator)
    [gained] = told(member, "level_gained")
    assert gained.text == "You are now Peer teacher in Retrospectives"
    assert (gained.actor, gained.url) == (curator, reverse("peers:path"))
    assert emails_to(member) == [], "new roles wait for the digest"

    with commit():
        peer_services.revoke_role(
            user=member, role=Role.PEER_TEACHER, topic=topic, by=curator, note="Plagiarism."
        )
    [lost] = told(member, "level_lost")
    assert lost.text == "Your role Peer teacher in Retrospectives was revoked"
    [email] = emails_to(member)
    assert email.subject == "Your role Peer teacher in Retrospectives was revoked"
    assert "Plagiarism." in email.body and "/notifications/unsubscribe/" in email.body


def test_badges_earned_together_are_one_notification(member, commit):
    peer_services.award(
        user=member,
        cause="content_approved",
        cause_key="content_approved:test",
        topic=make_topic(),
    )
    Notification.objects.all().delete()
    peer_services.grant_role(user=member, role=Role.PEER_TEACHER, topic=make_topic())
    Notification.objects.filter(kind="level_gained").delete()
    with commit():
        peer_services.award_badges(user=member)
    [badges] = told(member, "badge_earned")
    assert badges.url == reverse("peers:profile", args=[member.username])
    assert badges.text.startswith("You earned ")


# Nominations ------------------------------------------------------------------------------


def test_a_nomination_tells_every_curator_and_a_decline_tells_the_mentor(member, commit):
    topic = make_topic("retrospectives")
    mentor = UserFactory(username="mei", roles=[(Role.MENTOR, "retrospectives")])
    curators = [UserFactory(username=name, roles=[Role.CURATOR]) for name in ("clara", "cleo")]
    with commit():
        nomination = peer_services.nominate(
            mentor=mentor, nominee=member, topic=topic, reason="Ran great retros."
        )
    for curator in curators:
        [notification] = told(curator, "nomination")
        assert notification.text == "New nomination: lena for Retrospectives"
        assert notification.url == reverse("peers_nominations")
        assert "Ran great retros." in emails_to(curator)[0].body
    assert told(mentor, "nomination") == [] and told(member, "nomination") == []

    with commit():
        peer_services.decide_nomination(
            curator=curators[0], nomination=nomination, confirm=False, note="Not yet."
        )
    [declined] = told(mentor, "nomination")
    assert declined.text == "Nomination of lena for Retrospectives declined"
    assert declined.actor == curators[0]


def test_a_suspension_is_an_email_only(member, commit):
    moderator = UserFactory(username="marek", roles=[Role.MODERATOR])
    with commit():
        peer_services.suspend(moderator=moderator, member=member, reason="Spam.", days=3)
    assert "suspended" in emails_to(member)[0].subject
    assert "/notifications/unsubscribe/" not in emails_to(member)[0].body
    assert told(member) == []


# Community care ---------------------------------------------------------------------------


def test_first_session_buddies_tell_the_other_side_at_every_step(commit):
    topic = make_topic("facilitation")
    teacher = UserFactory(username="tomas", roles=[Role.PEER_TEACHER])
    mentors = [UserFactory(username=name, roles=[Role.MENTOR]) for name in ("mei", "kai")]
    Notification.objects.all().delete()
    with commit():
        buddy = peer_services.request_buddy(teacher=teacher, topic=topic, message="Help!")
    for mentor in mentors:
        [asked] = told(mentor, "buddy_request")
        assert asked.text == "tomas asks for a first-session buddy in Facilitation"
        assert asked.actor == teacher
    assert told(teacher) == []

    with commit():
        peer_services.answer_buddy(user=mentors[0], buddy_request=buddy, accept=True)
    [accepted] = told(teacher, "buddy_request")
    assert accepted.text == "Your first-session buddy in Facilitation is confirmed"
    assert accepted.actor == mentors[0]

    with commit():
        peer_services.withdraw_buddy(user=teacher, buddy_request=buddy)
    [_asked, withdrawn] = told(mentors[0], "buddy_request")
    assert withdrawn.text == "A first-session buddy in Facilitation was withdrawn"
    assert BuddyRequest.objects.get().status == BuddyRequest.Status.WITHDRAWN


def test_a_welcome_is_a_notification_with_its_message(member, commit):
    ana = UserFactory(username="ana", roles=[Role.AMBASSADOR])
    with commit():
        peer_services.welcome_member(by=ana, member=member, message="Glad you are here!")
    [welcome] = told(member, "welcomed")
    assert welcome.text == "Welcome to Peer Academy, from ana"
    assert welcome.excerpt == "Glad you are here!"
    assert welcome.url == reverse("peers:profile", args=["ana"])
    assert emails_to(member)[0].body.startswith("Glad you are here!")


def test_removed_content_tells_its_author_where_it_was(member, commit):
    lesson = make_lesson(make_course("Moderated course"), "Silent brainstorming")
    report = course_services.report_practice(user=member, lesson=lesson, text="Buy watches")
    reporter = UserFactory(roles=[Role.LEARNER])
    moderator = UserFactory(roles=[Role.MODERATOR])
    peer_services.flag_content(reporter=reporter, content=report, reason="spam")
    with commit():
        peer_services.remove_content(moderator=moderator, content=report, note="No ads.")
    [removed] = told(member, "content_removed")
    assert removed.text == "Moderators removed your practice report"
    assert removed.url == f"{lesson.url}#practice"
    assert removed.excerpt == "No ads."
    assert "Buy watches" in emails_to(member)[0].body


def test_an_answered_request_tells_everyone_who_asked_but_the_one_who_answered(commit):
    topic = make_topic("retrospectives")
    askers = [UserFactory(username=f"asker{n}") for n in range(2)]
    teacher = UserFactory(username="tomas", roles=[(Role.PEER_TEACHER, "retrospectives")])
    for user in (*askers, teacher):
        request = search_services.ask_for_content(user=user, text="big retros", topic=topic)
    course = make_course("Retrospectives for big teams", topic=topic)
    with commit():
        search_services.mark_answered(user=teacher, request=request, page=course)
    for asker in askers:
        [answered] = told(asker, "request_answered")
        assert answered.text == "Your request was answered: big retros"
        assert answered.url == course.url
    assert told(teacher, "request_answered") == []


# Live sessions ----------------------------------------------------------------------------


@pytest.fixture
def host(db):
    return UserFactory(username="hana", roles=[Role.PEER_TEACHER])


def test_a_seat_taken_is_a_receipt_by_email_not_a_notification(member, host, commit):
    session = make_session(host=host, starts_in=timedelta(days=2))
    with commit():
        registration.register(user=member, session=session)
    assert [email.subject for email in emails_to(member)] == [f"Your seat: {session.title}"]
    assert told(member) == []


def test_a_seat_from_the_waitlist_tells_the_member_who_got_it(member, host, commit):
    session = make_session(host=host, starts_in=timedelta(days=2), capacity=1)
    first = UserFactory(username="first")
    registration.register(user=first, session=session)
    registration.register(user=member, session=session)
    with commit():
        registration.cancel(user=first, session=session)
    [promoted] = told(member, "waitlist_promoted")
    assert promoted.text == f"A seat opened up for you: {session.title}"
    assert promoted.url == session.url
    assert emails_to(member)[-1].subject == f"A seat opened up for you: {session.title}"
    assert told(first) == []


def test_reminders_are_notifications_and_a_retried_one_shows_once(
    member, host, commit, monkeypatch
):
    session = make_session(host=host, starts_in=timedelta(days=3))
    registration.register(user=member, session=session, now=session.starts_at - timedelta(days=2))
    mail.outbox.clear()

    def refuse(self, messages):
        raise ConnectionError("mail server down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    with commit():
        outcome = reminders.send_due(now=session.starts_at - timedelta(minutes=50))
    assert (outcome.sent, outcome.failed) == (0, 1)
    assert told(member) == [], "the failed email took its notification back"
    monkeypatch.undo()

    with commit():
        outcome = reminders.send_due(now=session.starts_at - timedelta(minutes=45))
    assert outcome.sent == 1
    [reminder] = told(member, "session_reminder")
    assert reminder.text == f"Starting soon: {session.title}"
    assert [email.subject for email in emails_to(member)] == [f"Starting soon: {session.title}"]
    assert Registration.objects.get(user=member).reminded_hour_before_at is not None


def test_a_member_who_turned_reminders_off_still_sees_them_in_the_bell(member, host, commit):
    from academy.notifications.services import set_deliveries

    set_deliveries(user=member, deliveries={"session_reminder": "off"})
    session = make_session(host=host, starts_in=timedelta(days=3))
    registration.register(user=member, session=session, now=session.starts_at - timedelta(days=2))
    mail.outbox.clear()
    with commit():
        outcome = reminders.send_due(now=session.starts_at - timedelta(hours=23))
    assert outcome.sent == 1
    assert [n.text for n in told(member)] == [f"Coming up: {session.title}"]
    assert mail.outbox == []


def test_a_changed_or_cancelled_session_tells_everyone_coming(member, host, commit):
    session = make_session(host=host, starts_in=timedelta(days=3))
    registration.register(user=member, session=session)
    with commit():
        session.starts_at += timedelta(hours=2)
        session.ends_at += timedelta(hours=2)
        session.save_revision(user=host).publish()
    [changed] = told(member, "session_changed")
    assert changed.text == f"Changed: {session.title}"

    with commit():
        schedule.cancel_session(session=session, by=host, reason="The host is ill.")
    [cancelled] = told(member, "session_cancelled")
    assert cancelled.text == f"Cancelled: {session.title}"
    assert (cancelled.actor, cancelled.excerpt) == (host, "The host is ill.")
    assert told(host, "session_cancelled") == []


# Course review ----------------------------------------------------------------------------


def _submit_with_co_author(client, review):
    """The owner names a co-author in the editor and submits the course for review."""
    course, (owner, co_author) = review["course"], review["authors"]
    client.force_login(owner)
    data = {
        **course_form(course.title, slug=course.slug),
        "co_authors": [co_author.pk],
        "action-submit": "1",
    }
    response = client.post(reverse("wagtailadmin_pages:edit", args=[course.pk]), data)
    assert response.status_code == 302
    assert selectors.author_ids(course) == {owner.pk, co_author.pk}


@pytest.fixture
def review(db):
    teacher = UserFactory(username="teacher", roles=[Role.PEER_TEACHER])
    co_author = UserFactory(username="coauthor", roles=[Role.PEER_TEACHER])
    course = make_course("Reviewed course", live=False, owner=teacher)
    return {
        "course": course,
        "authors": [teacher, co_author],
        "mentor": UserFactory(username="mentor", roles=[Role.PEER_TEACHER, Role.MENTOR]),
        "curator": UserFactory(username="curator", roles=[Role.CURATOR]),
    }


def test_a_course_through_review_tells_its_authors_each_step(client, review, commit):
    course, mentor, curator = review["course"], review["mentor"], review["curator"]
    _submit_with_co_author(client, review)
    Notification.objects.all().delete()
    mail.outbox.clear()
    with commit():
        _act(client, mentor, course, "approve")
    for author in review["authors"]:
        [reviewed] = told(author, "course_reviewed")
        assert reviewed.text == (
            "mentor reviewed your course “Reviewed course”: it now waits for a curator's approval"
        )
        assert reviewed.url == reverse("wagtailadmin_pages:edit", args=[course.pk])
        assert reviewed.actor == mentor
    assert told(mentor, "course_reviewed") == []

    with commit():
        _act(client, curator, course, "approve")
    assert Page.objects.get(pk=course.pk).live
    for author in review["authors"]:
        [approved] = told(author, "course_approved")
        assert approved.text == "Your course “Reviewed course” is approved and published"
        assert approved.url == Page.objects.get(pk=course.pk).url
        # Once each, by their notification: Wagtail's own approval email is not sent too.
        assert [email.subject for email in emails_to(author)].count(approved.text) == 1
        assert len(emails_to(author)) == 2


def test_changes_asked_by_a_curator_reach_every_author_with_the_comment(client, review, commit):
    course, mentor, curator = review["course"], review["mentor"], review["curator"]
    _submit_with_co_author(client, review)
    _act(client, mentor, course, "approve")
    mail.outbox.clear()
    with commit():
        _act(client, curator, course, "reject", comment="Add a <b>practice</b> exercise.")
    for author in review["authors"]:
        [asked] = told(author, "course_changes_requested")
        assert asked.text == "curator asks for changes to your course “Reviewed course”"
        assert asked.excerpt == "Add a <b>practice</b> exercise."
        [email] = emails_to(author)
        assert "Add a <b>practice</b> exercise." in email.body
        assert "/admin/pages/" in email.body


def test_a_lesson_under_review_counts_for_its_course(client, review, commit):
    _submit_with_co_author(client, review)
    lesson = make_lesson(review["course"], "Draft lesson", live=False)
    task_state = type("TaskState", (), {"comment": "Shorter, please."})()
    with commit():
        course_services.changes_requested(
            reviewer=review["mentor"], task_state=task_state, page=Page.objects.get(pk=lesson.pk)
        )
    for author in review["authors"]:
        [asked] = told(author, "course_changes_requested")
        assert asked.params["course_title"] == "Draft lesson"
