"""The ladder: members earn roles by written requirements, keep them through a grace period,
lose them with an explanation, and the admin follows."""

import threading
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from academy.courses import services as course_services
from academy.notifications.models import Notification
from academy.peers import ladder, services
from academy.peers.models import RoleChange, Standing
from academy.peers.permissions import can, forget_access
from academy.peers.reputation import Cause
from academy.peers.roles import Role
from academy.peers.selectors import ladder as ladder_selectors
from tests.factories import UserFactory, make_course, make_lesson, make_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics():
    facilitation = make_topic("facilitation")
    return {
        "facilitation": facilitation,
        "retrospectives": make_topic("retrospectives", parent=facilitation),
        "storytelling": make_topic("storytelling"),
    }


@pytest.fixture
def retro_course(topics):
    author = UserFactory(username="author", roles=[(Role.PEER_TEACHER, "retrospectives")])
    course = make_course("Retro basics", topic=topics["retrospectives"], owner=author)
    make_lesson(course, "Why look back")
    make_lesson(course, "Set the stage")
    return course


def complete(user, course, callbacks):
    """Work through every lesson as the member would, running after-commit work."""
    for lesson in course.get_children().live().specific():
        with callbacks(execute=True):
            course_services.mark_lesson_done(user=user, lesson=lesson)
    forget_access(user)


def standing(user, role, topic=None):
    return Standing.objects.filter(user=user, role=role, topic=topic).first()


def penalise(user, topic, callbacks, key="content_removed:1"):
    with callbacks(execute=True):
        services.award(user=user, cause=Cause.CONTENT_REMOVED, cause_key=key, topic=topic)
    forget_access(user)


# Promotion ------------------------------------------------------------------------------


def test_completing_a_course_with_enough_reputation_makes_a_peer_teacher(
    member, topics, retro_course, django_capture_on_commit_callbacks
):
    retrospectives = topics["retrospectives"]
    assert not can(member, "course.create", retrospectives)

    complete(member, retro_course, django_capture_on_commit_callbacks)

    held = standing(member, Role.PEER_TEACHER, retrospectives)
    assert held is not None and held.basis == Standing.Basis.EARNED
    assert can(member, "course.create", retrospectives)
    assert not can(member, "course.create", topics["storytelling"])
    assert not can(member, "course.create", topics["facilitation"]), "a subtopic is not its parent"
    assert member.groups.filter(name=Role.PEER_TEACHER.group_name).exists()
    change = RoleChange.objects.get(user=member, role=Role.PEER_TEACHER)
    assert change.kind == RoleChange.Kind.PROMOTED
    # New roles wait for the daily digest by default; the bell shows them at once.
    [told] = Notification.objects.filter(recipient=member, kind="level_gained")
    assert told.text == "You are now Peer teacher in Retrospectives"
    assert not any("You are now" in message.subject for message in mail.outbox)


def test_the_new_teacher_writes_a_course_in_the_admin(
    client, member, topics, retro_course, django_capture_on_commit_callbacks
):
    catalogue = retro_course.get_parent()
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk])
    client.force_login(member)
    assert client.get(add_url).status_code in (302, 403)

    complete(member, retro_course, django_capture_on_commit_callbacks)

    response = client.get(add_url)
    assert response.status_code == 200
    topic_choices = response.context["form"].fields["topic"].queryset
    assert list(topic_choices) == [topics["retrospectives"]]


def test_a_role_in_a_topic_covers_its_subtopics(topics):
    teacher = UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")])
    assert can(teacher, "course.create", topics["retrospectives"])
    assert not can(teacher, "course.create", topics["storytelling"])


def test_reviewing_a_member_twice_changes_nothing(
    member, retro_course, django_capture_on_commit_callbacks
):
    complete(member, retro_course, django_capture_on_commit_callbacks)
    count = RoleChange.objects.count()
    assert services.review_member(user=member) == []
    assert services.review_member(user=member) == []
    assert RoleChange.objects.count() == count


def test_global_levels_follow_lessons_and_contributions(
    member, topics, django_capture_on_commit_callbacks
):
    course = make_course("Longer", topic=topics["storytelling"])
    lessons = [make_lesson(course, f"Lesson {number}") for number in range(5)]
    with django_capture_on_commit_callbacks(execute=True):
        course_services.mark_lesson_done(user=member, lesson=lessons[0])
    assert standing(member, Role.LEARNER) is None
    for lesson in lessons[1:]:
        with django_capture_on_commit_callbacks(execute=True):
            course_services.mark_lesson_done(user=member, lesson=lesson)
    assert standing(member, Role.LEARNER) is not None
    assert standing(member, Role.CONTRIBUTOR) is None, "no ratings, kudos or reports yet"
    for lesson in lessons[:3]:
        with django_capture_on_commit_callbacks(execute=True):
            course_services.give_feedback(user=member, lesson=lesson, rating=5)
    assert standing(member, Role.CONTRIBUTOR) is not None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_reviews_promote_once():
    member = UserFactory()
    course = make_course("Concurrent", topic=make_topic("facilitation"))
    course_services.mark_lesson_done(user=member, lesson=make_lesson(course, "Only lesson"))
    # Undo the promotion that followed the completion, then review twice at once.
    Standing.objects.filter(role=Role.PEER_TEACHER).delete()
    RoleChange.objects.filter(role=Role.PEER_TEACHER).delete()
    barrier = threading.Barrier(2)
    errors = []

    def review():
        try:
            barrier.wait()
            services.review_member(user=member)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=review) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert Standing.objects.filter(user=member, role=Role.PEER_TEACHER).count() == 1
    assert RoleChange.objects.filter(user=member, role=Role.PEER_TEACHER).count() == 1


# Grace and demotion ---------------------------------------------------------------------


def test_a_lapsed_requirement_warns_then_demotes_after_the_grace_period(
    member, topics, retro_course, django_capture_on_commit_callbacks
):
    retrospectives = topics["retrospectives"]
    complete(member, retro_course, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    penalise(member, retrospectives, django_capture_on_commit_callbacks)

    held = standing(member, Role.PEER_TEACHER, retrospectives)
    assert held.at_risk_since is not None
    assert held.unmet == ["topic_reputation"]
    assert can(member, "course.create", retrospectives), "the role is kept during grace"
    warning = mail.outbox[-1]
    assert "needs attention" in warning.subject
    assert "Reputation in this topic" in warning.body

    almost = timezone.now() + timedelta(days=ladder.grace_days() - 1)
    assert services.review_member(user=member, now=almost) == []
    later = timezone.now() + timedelta(days=ladder.grace_days(), minutes=1)
    with django_capture_on_commit_callbacks(execute=True):
        changes = services.review_member(user=member, now=later)
    forget_access(member)

    assert [change.kind for change in changes] == [RoleChange.Kind.DEMOTED]
    assert changes[0].unmet_labels == ["Reputation in this topic"]
    assert standing(member, Role.PEER_TEACHER, retrospectives) is None
    assert not can(member, "course.create", retrospectives)
    assert not member.groups.filter(name=Role.PEER_TEACHER.group_name).exists()
    assert "has lapsed" in mail.outbox[-1].subject
    assert "Reputation in this topic" in mail.outbox[-1].body


def test_meeting_the_requirements_again_keeps_the_role(
    member, topics, retro_course, django_capture_on_commit_callbacks
):
    retrospectives = topics["retrospectives"]
    complete(member, retro_course, django_capture_on_commit_callbacks)
    penalise(member, retrospectives, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.award(
            user=member, cause=Cause.CONTENT_APPROVED, cause_key="approved:1", topic=retrospectives
        )
    held = standing(member, Role.PEER_TEACHER, retrospectives)
    assert held.at_risk_since is None
    assert RoleChange.objects.filter(user=member, kind=RoleChange.Kind.KEPT).exists()


def test_the_daily_command_demotes_once_grace_is_over(
    member, topics, retro_course, django_capture_on_commit_callbacks
):
    retrospectives = topics["retrospectives"]
    complete(member, retro_course, django_capture_on_commit_callbacks)
    penalise(member, retrospectives, django_capture_on_commit_callbacks)
    Standing.objects.filter(user=member).update(
        at_risk_since=timezone.now() - timedelta(days=ladder.grace_days() + 1)
    )
    call_command("update_ladder", verbosity=0)
    call_command("update_ladder", verbosity=0)
    assert standing(member, Role.PEER_TEACHER, retrospectives) is None
    assert RoleChange.objects.filter(user=member, kind=RoleChange.Kind.DEMOTED).count() == 1


def test_granted_and_nominated_roles_do_not_lapse(topics, django_capture_on_commit_callbacks):
    founder = UserFactory(roles=[(Role.PEER_TEACHER, "retrospectives")])
    penalise(founder, topics["retrospectives"], django_capture_on_commit_callbacks)
    services.review_member(user=founder, now=timezone.now() + timedelta(days=60))
    assert standing(founder, Role.PEER_TEACHER, topics["retrospectives"]).at_risk_since is None


# Thresholds -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("members", "factor"), [(1, 0.25), (49, 0.25), (50, 0.5), (199, 0.5), (500, 0.75), (5000, 1.0)]
)
def test_bars_scale_with_the_size_of_the_community(members, factor):
    assert ladder.scale_for(members) == factor


def test_reputation_bars_rise_as_the_community_grows_but_counts_do_not(member, topics):
    facts = ladder_selectors.MemberFacts(member)
    small = facts.progress(ladder.PEER_TEACHER, topics["retrospectives"])
    targets = {item.requirement.key: item.target for item in small.requirements}
    assert targets == {"topic_courses_completed": 1, "topic_reputation": 10, "not_suspended": 1}
    UserFactory.create_batch(60)
    grown = ladder_selectors.MemberFacts(member).progress(
        ladder.PEER_TEACHER, topics["retrospectives"]
    )
    targets = {item.requirement.key: item.target for item in grown.requirements}
    assert targets["topic_reputation"] == 20
    assert targets["topic_courses_completed"] == 1


def test_a_growing_community_never_raises_the_bar_for_a_holder(
    member, topics, retro_course, django_capture_on_commit_callbacks
):
    complete(member, retro_course, django_capture_on_commit_callbacks)
    UserFactory.create_batch(60)  # the bar for newcomers doubles to 20; the holder has 12
    services.review_member(user=member)
    assert standing(member, Role.PEER_TEACHER, topics["retrospectives"]).at_risk_since is None


def test_thresholds_come_from_one_settings_table(settings, member, topics):
    settings.ACADEMY_LADDER = {"thresholds": {"peer_teacher.topic_reputation": 400}}
    progress = ladder_selectors.MemberFacts(member).progress(
        ladder.PEER_TEACHER, topics["retrospectives"]
    )
    assert {item.requirement.key: item.target for item in progress.requirements}[
        "topic_reputation"
    ] == 100


# Roles by hand: nominations, grants, revocations, suspensions ---------------------------


def test_a_mentor_nominates_and_a_curator_confirms(
    client, member, topics, django_capture_on_commit_callbacks
):
    mentor = UserFactory(username="mei", roles=[(Role.MENTOR, "retrospectives")])
    curator = UserFactory(username="clara", roles=[Role.CURATOR])
    client.force_login(mentor)
    profile = client.get(reverse("peers:profile", args=[member.username]))
    assert "Nominate" in profile.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("peers:nominate", args=[member.username]),
            {
                "topic": topics["retrospectives"].pk,
                "reason": "Ran three retros <b>brilliantly</b>.",
            },
        )
    assert response.status_code == 302
    nomination = member.nominations.get()
    assert nomination.reason == "Ran three retros brilliantly."
    assert mail.outbox[-1].to == [curator.email]

    client.force_login(curator)
    page = client.get(reverse("peers_nominations"))
    assert "Ran three retros brilliantly." in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("peers_decide_nomination", args=[nomination.pk]),
            {"decision": "confirm", "note": "Welcome aboard."},
        )
    held = standing(member, Role.PEER_TEACHER, topics["retrospectives"])
    assert held.basis == Standing.Basis.NOMINATED
    forget_access(member)
    assert can(member, "course.create", topics["retrospectives"])
    # New roles wait for the daily digest by default; the bell shows them at once.
    [told] = Notification.objects.filter(recipient=member, kind="level_gained")
    assert told.text == "You are now Peer teacher in Retrospectives"
    assert not any("You are now" in message.subject for message in mail.outbox)


def test_a_mentor_nominates_only_in_their_own_topics(client, member, topics):
    mentor = UserFactory(roles=[(Role.MENTOR, "storytelling")])
    client.force_login(mentor)
    client.post(
        reverse("peers:nominate", args=[member.username]),
        {"topic": topics["retrospectives"].pk, "reason": "Ready."},
    )
    assert not member.nominations.exists()


def test_nominations_are_refused_with_a_reason(member, topics):
    mentor = UserFactory(roles=[(Role.MENTOR, "retrospectives")])
    with pytest.raises(services.LadderError, match="Say why"):
        services.nominate(mentor=mentor, nominee=member, topic=topics["retrospectives"], reason="")
    with pytest.raises(services.LadderError, match="yourself"):
        services.nominate(
            mentor=mentor, nominee=mentor, topic=topics["retrospectives"], reason="Me"
        )
    services.nominate(mentor=mentor, nominee=member, topic=topics["retrospectives"], reason="Yes")
    with pytest.raises(services.LadderError, match="already nominated"):
        services.nominate(
            mentor=mentor, nominee=member, topic=topics["retrospectives"], reason="Again"
        )


def test_a_declined_nomination_tells_the_mentor(
    client, member, topics, django_capture_on_commit_callbacks
):
    mentor = UserFactory(roles=[(Role.MENTOR, "retrospectives")])
    curator = UserFactory(roles=[Role.CURATOR])
    nomination = services.nominate(
        mentor=mentor, nominee=member, topic=topics["retrospectives"], reason="Ready."
    )
    client.force_login(curator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("peers_decide_nomination", args=[nomination.pk]),
            {"decision": "decline", "note": "Let them finish a course first."},
        )
    assert standing(member, Role.PEER_TEACHER, topics["retrospectives"]) is None
    assert mail.outbox[-1].to == [mentor.email]
    assert "Let them finish a course first." in mail.outbox[-1].body


def test_a_revoked_role_is_not_earned_back_by_itself(
    member, topics, retro_course, django_capture_on_commit_callbacks
):
    curator = UserFactory(roles=[Role.CURATOR])
    complete(member, retro_course, django_capture_on_commit_callbacks)
    with pytest.raises(services.LadderError, match="Say why"):
        services.revoke_role(
            user=member, role=Role.PEER_TEACHER, topic=topics["retrospectives"], by=curator
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke_role(
            user=member,
            role=Role.PEER_TEACHER,
            topic=topics["retrospectives"],
            by=curator,
            note="Plagiarised lesson.",
        )
    services.review_member(user=member)
    forget_access(member)
    assert not can(member, "course.create", topics["retrospectives"])
    assert "Plagiarised lesson." in mail.outbox[-1].body
    services.grant_role(
        user=member, role=Role.PEER_TEACHER, topic=topics["retrospectives"], by=curator
    )
    forget_access(member)
    assert can(member, "course.create", topics["retrospectives"])


def test_curators_grant_roles_in_the_admin_but_never_make_curators(client, member, topics):
    curator = UserFactory(roles=[Role.CURATOR])
    client.force_login(curator)
    client.post(
        reverse("peers_roles"),
        {
            "username": member.username,
            "role": Role.MENTOR,
            "topic": topics["storytelling"].pk,
            "grant": "1",
        },
    )
    assert standing(member, Role.MENTOR, topics["storytelling"]).basis == "granted"
    assert member.groups.filter(name="Mentors").exists()
    client.post(
        reverse("peers_roles"), {"username": member.username, "role": Role.CURATOR, "grant": "1"}
    )
    assert not member.groups.filter(name="Curators").exists()
    response = client.post(
        reverse("peers_roles"), {"username": member.username, "role": Role.MENTOR, "grant": "1"}
    )
    assert "Choose the topic of this role." in response.content.decode()


def test_the_role_form_comes_filled_in_from_a_link(client, topics):
    client.force_login(UserFactory(roles=[Role.CURATOR]))
    topic = topics["storytelling"]
    url = reverse("peers_roles") + f"?username=lena&role={Role.PEER_TEACHER}&topic={topic.pk}"

    form = BeautifulSoup(client.get(url).content, "html.parser").select_one("form")

    assert form.select_one("input[name=username]")["value"] == "lena"
    assert form.select_one("select[name=role] option[selected]")["value"] == Role.PEER_TEACHER
    assert form.select_one("select[name=topic] option[selected]")["value"] == str(topic.pk)


@pytest.mark.parametrize(
    "roles", [[], [Role.PEER_TEACHER], [Role.MENTOR], [Role.MODERATOR]], ids=str
)
def test_only_curators_open_the_role_screens(client, roles):
    client.force_login(UserFactory(roles=roles))
    assert client.get(reverse("peers_nominations")).status_code in (302, 403)
    assert client.get(reverse("peers_roles")).status_code in (302, 403)


def test_a_suspension_pauses_teaching_but_not_learning(
    topics, retro_course, django_capture_on_commit_callbacks
):
    teacher = UserFactory(roles=[(Role.PEER_TEACHER, "retrospectives")])
    moderator = UserFactory(roles=[Role.MODERATOR])
    assert can(moderator, "member.suspend", teacher)
    with django_capture_on_commit_callbacks(execute=True):
        suspension = services.suspend(
            moderator=moderator, member=teacher, reason="Spam in chat.", days=3
        )
    assert not can(teacher, "course.create", topics["retrospectives"])
    assert can(teacher, "course.learn", retro_course)
    assert any("Spam in chat." in message.body for message in mail.outbox)
    services.lift_suspension(suspension=suspension)
    assert can(teacher, "course.create", topics["retrospectives"])
    with pytest.raises(services.LadderError):
        services.suspend(moderator=moderator, member=teacher, reason="", days=3)
    with pytest.raises(services.LadderError):
        services.suspend(moderator=moderator, member=teacher, reason="Why", days=0)


def test_an_earned_role_is_at_risk_while_suspended(
    member, topics, retro_course, django_capture_on_commit_callbacks
):
    moderator = UserFactory(roles=[Role.MODERATOR])
    complete(member, retro_course, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.suspend(moderator=moderator, member=member, reason="Rude.", days=30)
    held = standing(member, Role.PEER_TEACHER, topics["retrospectives"])
    assert held.unmet == ["not_suspended"]


# Wagtail groups -------------------------------------------------------------------------


def test_groups_follow_teaching_roles(member, topics):
    curator = UserFactory(roles=[Role.CURATOR])
    services.grant_role(user=member, role=Role.MENTOR, topic=topics["storytelling"])
    services.grant_role(user=member, role=Role.PEER_TEACHER, topic=topics["storytelling"])
    assert set(member.groups.values_list("name", flat=True)) == {"Peer teachers", "Mentors"}
    services.revoke_role(
        user=member, role=Role.MENTOR, topic=topics["storytelling"], by=curator, note="Break."
    )
    assert set(member.groups.values_list("name", flat=True)) == {"Peer teachers"}
    member.groups.add(Group.objects.get(name="Mentors"))  # someone added it by hand
    services.sync_groups(user=member)
    assert set(member.groups.values_list("name", flat=True)) == {"Peer teachers"}


# Your path ------------------------------------------------------------------------------


def test_your_path_shows_what_stands_between_a_learner_and_teaching(
    client, member, topics, retro_course
):
    lesson = retro_course.get_children().live().first().specific
    course_services.mark_lesson_done(user=member, lesson=lesson)
    client.force_login(member)
    html = client.get(reverse("peers:path")).content.decode()
    assert "Peer teacher · Retrospectives" in html
    assert "Courses completed in this topic" in html
    assert "0 of 1" in html
    assert "Write courses and lessons in this topic" in html
    assert "Nothing yet." in html


def test_your_path_explains_a_role_at_risk_and_the_history(
    client, member, topics, retro_course, django_capture_on_commit_callbacks
):
    complete(member, retro_course, django_capture_on_commit_callbacks)
    penalise(member, topics["retrospectives"], django_capture_on_commit_callbacks)
    client.force_login(member)
    html = client.get(reverse("peers:path")).content.decode()
    assert "At risk" in html
    assert "Meet them again by" in html
    assert "not met: Reputation in this topic" in html
    assert "Promoted" in html


def test_your_path_lets_a_member_look_at_any_topic(client, member, topics):
    client.force_login(member)
    html = client.get(reverse("peers:path"), {"topic": "storytelling"}).content.decode()
    assert "Peer teacher · Storytelling" in html
    assert client.get(reverse("peers:path"), {"topic": "nope"}).status_code == 200


def test_your_path_needs_a_signed_in_member(client, home_page):
    response = client.get(reverse("peers:path"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_next_step_shows_on_the_home_page_and_profile(client, member, retro_course):
    lesson = retro_course.get_children().live().first().specific
    course_services.mark_lesson_done(user=member, lesson=lesson)
    client.force_login(member)
    home = client.get("/").content.decode()
    assert "Next: Peer teacher in Retrospectives" in home
    profile = client.get(reverse("peers:profile", args=[member.username])).content.decode()
    assert "See your path" in profile
