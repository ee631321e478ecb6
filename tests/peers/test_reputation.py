"""The reputation ledger: one entry per real cause, a daily cap, totals derived from it."""

import threading

import pytest
from django.core.management import call_command
from django.db import connection

from academy.courses import services as course_services
from academy.peers import services
from academy.peers.models import ReputationEvent, ReputationTotal
from academy.peers.reputation import Cause
from tests.factories import UserFactory, make_course, make_lesson, make_topic


def _total(user, topic=None) -> int:
    total = ReputationTotal.objects.filter(user=user, topic=topic).first()
    return total.points if total else 0


@pytest.mark.django_db
def test_the_same_cause_counts_once(member):
    topic = make_topic("facilitation")
    for _ in range(3):
        services.award(
            user=member, cause=Cause.REVIEW_DONE, cause_key="review_done:task=1", topic=topic
        )
    assert ReputationEvent.objects.count() == 1
    assert _total(member) == 5
    assert _total(member, topic) == 5


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_requests_for_one_cause_count_once():
    member = UserFactory()
    barrier = threading.Barrier(2)
    errors = []

    def award():
        try:
            barrier.wait(timeout=10)
            services.award(user=member, cause=Cause.CONTENT_APPROVED, cause_key="approved:page=9")
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=award) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    assert ReputationEvent.objects.filter(cause_key="approved:page=9").count() == 1
    assert _total(member) == 20


@pytest.mark.django_db
def test_positive_points_are_capped_per_day_and_penalties_are_not(member, settings):
    settings.ACADEMY_REPUTATION_DAILY_CAP = 15
    for number in range(3):
        services.award(user=member, cause=Cause.COURSE_COMPLETED, cause_key=f"course:{number}")
    assert list(ReputationEvent.objects.order_by("pk").values_list("points", flat=True)) == [
        10,
        5,
        0,
    ]
    services.award(user=member, cause=Cause.CONTENT_REMOVED, cause_key="removed:1")
    assert _total(member) == 0


@pytest.mark.django_db
def test_points_come_from_the_settings_table(member, settings):
    settings.ACADEMY_REPUTATION_POINTS = {Cause.REVIEW_DONE: 7}
    services.award(user=member, cause=Cause.REVIEW_DONE, cause_key="review:2")
    assert _total(member) == 7


@pytest.mark.django_db
def test_rebuild_reputation_recomputes_totals_from_the_ledger(member):
    retros, writing = make_topic("retrospectives"), make_topic("writing")
    services.award(user=member, cause=Cause.REVIEW_DONE, cause_key="a", topic=retros)
    services.award(user=member, cause=Cause.CONTENT_APPROVED, cause_key="b", topic=writing)
    services.award(user=member, cause=Cause.CONTENT_REMOVED, cause_key="c", topic=writing)
    ReputationTotal.objects.update(points=999)  # a broken cache
    call_command("rebuild_reputation", verbosity=0)
    assert (_total(member), _total(member, retros), _total(member, writing)) == (10, 5, 5)
    call_command("rebuild_reputation", verbosity=0)
    assert ReputationTotal.objects.filter(user=member).count() == 3


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_learning_and_kudos_earn_reputation_in_the_course_topic():
    topic = make_topic("facilitation")
    author, learner = UserFactory(), UserFactory()
    lesson = make_lesson(make_course("Earning course", topic=topic, owner=author), "Only")

    course_services.mark_lesson_done(user=learner, lesson=lesson)
    course_services.mark_lesson_not_done(user=learner, lesson=lesson)
    course_services.mark_lesson_done(user=learner, lesson=lesson)
    causes = list(ReputationEvent.objects.filter(user=learner).values_list("cause", flat=True))
    assert sorted(causes) == ["course_completed", "lesson_completed"]
    assert _total(learner, topic) == 11

    course_services.toggle_kudos(user=learner, lesson=lesson)
    assert _total(author, topic) == 2
    course_services.toggle_kudos(user=learner, lesson=lesson)
    assert _total(author, topic) == 0
    course_services.toggle_kudos(user=learner, lesson=lesson)
    assert _total(author, topic) == 2

    course_services.toggle_kudos(user=author, lesson=lesson)  # kudos for yourself earn nothing
    assert _total(author, topic) == 2
