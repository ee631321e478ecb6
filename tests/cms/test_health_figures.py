"""The figures of the curator console's health panels, each read by the app that owns it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.community import services as community_services
from academy.courses import selectors as course_selectors
from academy.courses import services as course_services
from academy.courses.models import CoursePage, LessonFeedback
from academy.insights import selectors as insights_selectors
from academy.insights.services import rollup_insights
from academy.live import selectors as live_selectors
from academy.live.models import Question
from academy.peers import services as peer_services
from academy.peers.roles import Role
from academy.peers.selectors import ladder as ladder_selectors
from academy.peers.selectors.moderation import queue_size
from search import selectors as search_selectors
from search import services as search_services
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic

pytestmark = pytest.mark.django_db


def test_the_queue_counts_reported_posts_not_reports_and_what_waits_for_approval():
    author = UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")])
    lesson = make_lesson(make_course("Retros", owner=author))
    thread = community_services.start_thread(author=author, page=lesson, title="Hi", body="Hi")
    first = community_services.reply(
        author=UserFactory(roles=[Role.LEARNER]), thread=thread, body="a"
    )
    second = community_services.reply(
        author=UserFactory(roles=[Role.LEARNER]), thread=thread, body="b"
    )
    for post, reporters in ((first, 2), (second, 1)):
        for _number in range(reporters):
            reporter = UserFactory(roles=[Role.LEARNER])
            peer_services.flag_content(reporter=reporter, content=post, reason="spam")
    community_services.reply(author=UserFactory(), thread=thread, body="A newcomer's first post")

    size = queue_size()

    assert (size.reported, size.waiting_for_approval, size.total) == (2, 1, 3)


def test_new_teachers_are_those_who_became_peer_teachers_in_the_period():
    now = timezone.now()
    topic = make_topic("facilitation")
    newly = UserFactory(username="nia")
    peer_services.grant_role(user=newly, role=Role.PEER_TEACHER, topic=topic)
    peer_services.grant_role(user=UserFactory(), role=Role.MENTOR, topic=topic)

    found = ladder_selectors.new_teachers(start=now - timedelta(days=30), end=now + timedelta(1))
    earlier = ladder_selectors.new_teachers(start=now - timedelta(60), end=now - timedelta(30))

    assert [change.user.username for change in found] == ["nia"]
    assert not earlier.exists()


def test_a_parent_topics_teacher_counts_for_its_subtopics():
    facilitation = make_topic("facilitation")
    retrospectives = make_topic("retrospectives", parent=facilitation)
    storytelling = make_topic("storytelling")
    UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")])
    UserFactory(roles=[(Role.PEER_TEACHER, "retrospectives")])

    counts = ladder_selectors.teachers_by_topic()

    assert counts[facilitation.pk] == 1
    assert counts[retrospectives.pk] == 2
    assert counts[storytelling.pk] == 0


def test_unanswered_questions_of_the_periods_sessions_come_most_voted_first():
    host = UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")])
    now = timezone.now()
    session = make_session("Retro clinic", host=host, starts_in=timedelta(days=-2))
    later = make_session("Later clinic", host=host, starts_in=timedelta(days=20))
    asker = UserFactory()
    Question.objects.create(session=session, author=asker, text="Few votes", votes=1)
    Question.objects.create(session=session, author=asker, text="Most votes", votes=5)
    Question.objects.create(session=session, author=asker, text="Done", votes=9, answered=True)
    Question.objects.create(session=later, author=asker, text="Not yet", votes=9)

    found = live_selectors.unanswered_questions(start=now - timedelta(days=7), end=now)

    assert [question.text for question in found] == ["Most votes", "Few votes"]


def test_stale_courses_are_old_and_rated_lower_lately():
    now = timezone.now()
    raters = [UserFactory() for _number in range(2)]

    def course_rated(title, earlier, recent, *, updated_months_ago=8):
        course = make_course(title)
        lesson = make_lesson(course, f"{title} lesson")
        CoursePage.objects.filter(pk=course.pk).update(
            last_published_at=now - timedelta(days=30 * updated_months_ago)
        )
        for rater, rating, days in ((raters[0], earlier, 120), (raters[1], recent, 10)):
            feedback = course_services.give_feedback(user=rater, lesson=lesson, rating=rating)
            LessonFeedback.objects.filter(pk=feedback.pk).update(
                created_at=now - timedelta(days=days)
            )

    course_rated("Falling", earlier=5, recent=2)
    course_rated("Rising", earlier=2, recent=5)
    course_rated("Fresh", earlier=5, recent=2, updated_months_ago=1)

    stale = course_selectors.stale_courses(months=6, now=now)

    assert [(course.title, course.earlier_rating, course.recent_rating) for course in stale] == [
        ("Falling", 5, 2)
    ]


def test_demand_by_topic_counts_enrolments_and_request_votes():
    topic = make_topic("facilitation")
    course = make_course("Retros", topic=topic)
    make_lesson(course)
    for _number in range(3):
        course_services.enrol(user=UserFactory(), course=course)
    request = search_services.ask_for_content(user=UserFactory(), text="sociocracy", topic=topic)
    search_services.vote(user=UserFactory(), request=request)

    rollup_insights()

    today = timezone.localdate()
    assert insights_selectors.enrolments_by_topic(start=today, end=today) == {topic.pk: 3}
    assert (
        insights_selectors.enrolments_by_topic(start=today - timedelta(2), end=today - timedelta(1))
        == {}
    )
    assert search_selectors.open_request_votes_by_topic() == {topic.pk: 2}
