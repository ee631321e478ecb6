"""Every role by every privilege, with topic scope: the whole `can()` matrix, written out.

Topic A is Retrospectives, topic B is Storytelling. A privilege added to `permissions.py`
without a row here fails `test_the_matrix_names_every_privilege`.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from academy.community.models import LessonSuggestion, Post, Thread
from academy.live.services.registration import register
from academy.notifications.models import Notification
from academy.peers import permissions, services
from academy.peers.models import BuddyRequest, Profile
from academy.peers.permissions import can
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic

ACTORS = [
    "anonymous",
    "newcomer",
    "learner",
    "contributor",
    "ambassador",
    "teacher_a",
    "mentor_a",
    "moderator",
    "curator",
    "suspended_teacher_a",
    "admin",
]
TEACHING_A = {"teacher_a", "mentor_a", "curator", "admin"}
STAFF = {"moderator", "curator", "admin"}
EVERY_MEMBER = set(ACTORS) - {"anonymous"}

# (privilege, object name, actors allowed)
MATRIX = [
    ("profile.edit", "newcomer_profile", {"newcomer", "admin"}),
    ("course.learn", "course_a", EVERY_MEMBER),
    ("course.create", "topic_a", TEACHING_A),
    ("course.create", "subtopic_of_a", TEACHING_A),
    ("course.create", "topic_b", {"curator", "admin"}),
    ("course.edit", "teachers_course_a", {"teacher_a", "curator", "admin"}),
    ("course.edit", "course_b", {"curator", "admin"}),
    ("course.review", "teachers_course_a", {"mentor_a", "admin"}),
    ("course.review", "course_b", {"admin"}),
    ("course.feature", "course_a", {"curator", "admin"}),
    ("session.feature", "teachers_session_a", {"curator", "admin"}),
    ("learning_path.create", None, {"curator", "admin"}),
    ("experiment.run", None, {"curator", "admin"}),
    ("session.host", "topic_a", TEACHING_A),
    ("session.host", "topic_b", {"curator", "admin"}),
    ("session.cohost", "topic_a", TEACHING_A),
    ("session.cohost", "topic_b", {"curator", "admin"}),
    ("chat.moderate", "topic_a", {"mentor_a", *STAFF}),
    ("session.curate", None, {"curator", "admin"}),
    ("session.register", "teachers_session_a", EVERY_MEMBER - {"teacher_a"}),
    ("session.run", "teachers_session_a", {"teacher_a", "curator", "admin"}),
    ("session.moderate", "teachers_session_a", {"teacher_a", "mentor_a", *STAFF}),
    # The learner and the suspended teacher hold seats; a suspended member may still attend.
    (
        "session.enter",
        "teachers_session_a",
        {"learner", "suspended_teacher_a", "teacher_a", "mentor_a", *STAFF},
    ),
    ("session.speak", "teachers_session_a", {"learner", "teacher_a", "mentor_a", *STAFF}),
    ("chat.moderate", "topic_b", STAFF),
    ("content_request.promote", None, {"curator", "admin"}),
    ("teacher.nudge", "teacher_a", {"curator", "admin"}),
    ("search.promote", None, {"curator", "admin"}),
    ("console.view", None, {"curator", "admin"}),
    ("console.moderation", None, STAFF),
    ("content_request.ask", None, EVERY_MEMBER - {"suspended_teacher_a"}),
    ("content_request.answer", "topic_a", TEACHING_A),
    ("content_request.answer", "topic_b", {"curator", "admin"}),
    ("content_request.answer", None, TEACHING_A),
    ("content.flag", None, {"learner", "contributor", "ambassador", *STAFF}),
    ("moderation.queue", None, STAFF),
    ("content.remove", None, STAFF),
    ("member.suspend", "newcomer", STAFF),
    ("member.suspend", "curator", {"admin"}),
    ("member.welcome", "newcomer", {"contributor", "ambassador", "moderator", "curator", "admin"}),
    ("referral.share", None, {"ambassador", "admin"}),
    ("buddy.request", "topic_a", {"teacher_a", "mentor_a", "admin"}),
    ("buddy.request", "topic_b", {"admin"}),
    ("buddy.offer", "topic_a", {"mentor_a", "admin"}),
    ("buddy.offer", "topic_b", {"admin"}),
    ("buddy.answer", "teachers_request_a", {"mentor_a", "admin"}),
    ("buddy.answer", "mentors_offer_a", {"teacher_a", "admin"}),
    ("buddy.withdraw", "teachers_request_a", {"teacher_a", "admin"}),
    ("buddy.withdraw", "mentors_offer_a", {"mentor_a", "admin"}),
    ("nomination.create", "topic_a", {"mentor_a", "admin"}),
    ("nomination.create", "topic_b", {"admin"}),
    ("nomination.decide", None, {"curator", "admin"}),
    ("roles.grant", Role.MODERATOR, {"curator", "admin"}),
    # Discussions: the learner asked under the teacher's course.
    ("discussion.start", "teachers_course_a", EVERY_MEMBER - {"suspended_teacher_a"}),
    ("discussion.start", "draft_course_a", {"admin"}),
    ("discussion.seed", "teachers_course_a", STAFF),
    ("discussion.reply", "learners_thread_a", EVERY_MEMBER - {"suspended_teacher_a"}),
    ("discussion.reply", "locked_thread_a", STAFF),
    ("discussion.vote", "learners_post_a", EVERY_MEMBER - {"learner", "suspended_teacher_a"}),
    ("discussion.edit", "learners_post_a", {"learner", *STAFF}),
    ("discussion.edit", "learners_locked_post_a", STAFF),
    ("discussion.accept", "learners_thread_a", {"learner", "teacher_a", "admin"}),
    ("discussion.pin", "learners_thread_a", {"teacher_a", *STAFF}),
    ("discussion.moderate", "learners_thread_a", STAFF),
    ("discussion.suggest", "learners_post_a", {"learner", "teacher_a", "admin"}),
    ("suggestion.decide", "suggestion_a", {"teacher_a", "curator", "admin"}),
    ("roles.grant", Role.CURATOR, {"admin"}),
    # Administrators pass every check; the notification views also list only one's own.
    ("notification.open", "learners_notification", {"learner", "admin"}),
    ("notification.open", "suspended_notification", {"suspended_teacher_a", "admin"}),
]


@pytest.fixture
def world(db):
    topic_a = make_topic("retrospectives")
    topic_b = make_topic("storytelling")
    subtopic = make_topic("check-ins", parent=topic_a)
    people = {
        "anonymous": AnonymousUser(),
        "newcomer": UserFactory(username="newcomer"),
        "learner": UserFactory(roles=[Role.LEARNER]),
        "contributor": UserFactory(roles=[Role.LEARNER, Role.CONTRIBUTOR]),
        "ambassador": UserFactory(roles=[Role.CONTRIBUTOR, Role.AMBASSADOR]),
        "teacher_a": UserFactory(roles=[(Role.PEER_TEACHER, "retrospectives")]),
        "mentor_a": UserFactory(
            roles=[(Role.PEER_TEACHER, "retrospectives"), (Role.MENTOR, "retrospectives")]
        ),
        "moderator": UserFactory(roles=[Role.MODERATOR]),
        "curator": UserFactory(username="curator", roles=[Role.CURATOR]),
        "suspended_teacher_a": UserFactory(roles=[(Role.PEER_TEACHER, "retrospectives")]),
        "admin": UserFactory(is_superuser=True),
    }
    session_a = make_session(host=people["teacher_a"], topic=topic_a)
    for attendee in ("learner", "suspended_teacher_a"):
        register(user=people[attendee], session=session_a)
    services.suspend(
        moderator=people["moderator"],
        member=people["suspended_teacher_a"],
        reason="Spam.",
        days=7,
    )
    teachers_course = make_course("Own A", topic=topic_a, owner=people["teacher_a"])
    thread = Thread(page=teachers_course, author=people["learner"], title="How?")
    locked = Thread(page=teachers_course, author=people["learner"], locked_at=timezone.now())
    post = Post(thread=thread, author=people["learner"], body="How do I start?")
    objects = {
        "learners_thread_a": thread,
        "locked_thread_a": locked,
        "learners_post_a": post,
        "learners_locked_post_a": Post(thread=locked, author=people["learner"], body="Hm"),
        "suggestion_a": LessonSuggestion(
            lesson=make_lesson(teachers_course, "Own lesson"), post=post
        ),
        "draft_course_a": make_course("Draft A", topic=topic_a, live=False),
        "topic_a": topic_a,
        "topic_b": topic_b,
        "subtopic_of_a": subtopic,
        "course_a": make_course("Course A", topic=topic_a),
        "teachers_course_a": teachers_course,
        "course_b": make_course("Course B", topic=topic_b),
        "teachers_session_a": session_a,
        "newcomer_profile": Profile(user=people["newcomer"]),
        "newcomer": people["newcomer"],
        "teacher_a": people["teacher_a"],
        "curator": people["curator"],
        "teachers_request_a": BuddyRequest(teacher=people["teacher_a"], topic=topic_a),
        "mentors_offer_a": BuddyRequest(
            teacher=people["teacher_a"],
            mentor=people["mentor_a"],
            topic=topic_a,
            offered_by_mentor=True,
        ),
        "learners_notification": Notification(recipient=people["learner"], kind="mention", url="/"),
        "suspended_notification": Notification(
            recipient=people["suspended_teacher_a"], kind="level_lost", url="/"
        ),
    }
    return people, objects


@pytest.mark.parametrize("actor", ACTORS)
def test_can(world, actor):
    """One case per actor (the world is costly to build); every mismatch is reported."""
    people, objects = world
    mismatches = []
    for action, object_name, allowed in MATRIX:
        obj = object_name if isinstance(object_name, Role) else objects.get(object_name)
        if can(people[actor], action, obj) is not (actor in allowed):
            mismatches.append((action, object_name, "expected " + str(actor in allowed)))
    assert not mismatches


def test_access_remembered_for_many_members_at_once_gives_the_same_answers(
    world, django_assert_num_queries
):
    """What `remember_access` reads in bulk (for lists of reporters) is what each member's
    own lookup would have read: the whole matrix again, for every member at once."""
    people, objects = world
    members = {
        name: type(person).objects.get(pk=person.pk)
        for name, person in people.items()
        if name != "anonymous"
    }
    with django_assert_num_queries(4):
        permissions.remember_access(members.values())
    for action, object_name, allowed in MATRIX:
        obj = object_name if isinstance(object_name, Role) else objects.get(object_name)
        for name, member in members.items():
            assert can(member, action, obj) is (name in allowed), (action, object_name, name)


def test_only_a_member_holding_a_topic_role_has_the_topic_tree_read(
    world, django_assert_num_queries
):
    """Every room frame asks fresh about its member; most members hold no topic role, and
    for them the answer needs no walk up from the topic (groups, roles, suspension)."""
    people, objects = world
    learner = type(people["learner"]).objects.get(pk=people["learner"].pk)
    with django_assert_num_queries(3):
        assert not can(learner, "chat.moderate", objects["subtopic_of_a"])
    mentor = type(people["mentor_a"]).objects.get(pk=people["mentor_a"].pk)
    with django_assert_num_queries(4):
        assert can(mentor, "chat.moderate", objects["subtopic_of_a"])


def test_the_matrix_names_every_privilege():
    assert {action for action, _object, _allowed in MATRIX} == set(permissions.actions())


def test_an_unknown_privilege_is_an_error(member):
    with pytest.raises(ValueError, match="Unknown privilege"):
        can(member, "course.publish_everything")
