"""A small academy whose funnel is worked out by hand (the figures are in test_funnel.py).

Topics: Facilitation, its subtopic Retrospectives, and Storytelling. Teachers who joined a
month ago: Tara (Facilitation basics), Theo (Running retrospectives, and the Retro clinic
session, which is over) and Tess (Telling stories). Five members signed up in the period:

- on day 1, Ana, Ben and Cleo: Ana did a lesson of Facilitation basics (so she enrolled),
  came to the Retro clinic and gave kudos to a Retrospectives lesson; Ben enrolled in Running
  retrospectives and started a discussion on Telling stories; Cleo was removed from the
  Retro clinic's room and did nothing else;
- on day 2, Dan and Eva: Dan wrote Stories at work, which is published; Eva finished Running
  retrospectives (its one lesson), came to the Retro clinic, rated its lesson 4 of 5 and
  hosted Retro practice, which is over.

Visitors: on day 1, four looked at Facilitation basics, two of them also at the
Retrospectives lesson; on day 2, three at the Retro clinic, one at Telling stories and two
at the home page only.
"""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from academy.community.models import Post, Thread
from academy.courses import services as courses
from academy.insights.services import flush_visits, record_view
from academy.live.models import Participant
from cms.models import HomePage
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic

from .conftest import BROWSER


def noon(day):
    return timezone.make_aware(datetime.combine(day, time(12)))


def joined(user, day):
    get_user_model().objects.filter(pk=user.pk).update(date_joined=noon(day))
    user.refresh_from_db()
    return user


def attend(session, user, *, removed=False):
    moment = session.starts_at + timedelta(minutes=5)
    return Participant.objects.create(
        session=session, user=user, first_seen_at=moment, last_seen_at=moment, removed=removed
    )


def discuss(page, user, title):
    thread = Thread.objects.create(page=page, author=user, title=title)
    thread.opening = Post.objects.create(
        thread=thread, author=user, body="What do you think?", body_html="<p>What do you think?</p>"
    )
    thread.save(update_fields=["opening"])
    return thread


def visit(page, visitor: int, set_day, day):
    set_day(day)
    record_view(
        page_id=page.pk, address=f"192.0.2.{visitor}", user_agent=BROWSER, host="testserver"
    )


def build(set_day) -> dict:
    today = timezone.localdate()
    day1, day2, long_ago = (
        today - timedelta(days=3),
        today - timedelta(days=2),
        today - timedelta(days=30),
    )
    facilitation = make_topic("facilitation")
    retrospectives = make_topic("retrospectives", parent=facilitation)
    storytelling = make_topic("storytelling")

    tara = joined(UserFactory(username="tara"), long_ago)
    theo = joined(UserFactory(username="theo"), long_ago)
    tess = joined(UserFactory(username="tess"), long_ago)
    basics = make_course("Facilitation basics", owner=tara, topic=facilitation)
    basics_intro = make_lesson(basics, "Holding the room")
    make_lesson(basics, "Closing well")
    retros = make_course("Running retrospectives", owner=theo, topic=retrospectives)
    retro_lesson = make_lesson(retros, "Why look back")
    stories = make_course("Telling stories", owner=tess, topic=storytelling)
    make_lesson(stories, "A story in three parts")
    clinic = make_session(
        "Retro clinic",
        host=theo,
        topic=retrospectives,
        course=retros,
        starts_in=-timedelta(hours=3),
    )

    ana, ben, cleo = (joined(UserFactory(username=name), day1) for name in ("ana", "ben", "cleo"))
    dan, eva = (joined(UserFactory(username=name), day2) for name in ("dan", "eva"))

    courses.mark_lesson_done(user=ana, lesson=basics_intro)
    attend(clinic, ana)
    courses.toggle_kudos(user=ana, lesson=retro_lesson)
    courses.enrol(user=ben, course=retros)
    discuss(stories, ben, "How long should a story be?")
    attend(clinic, cleo, removed=True)
    make_course("Stories at work", owner=dan, topic=storytelling)
    courses.mark_lesson_done(user=eva, lesson=retro_lesson)
    attend(clinic, eva)
    courses.give_feedback(user=eva, lesson=retro_lesson, rating=4)
    practice = make_session(
        "Retro practice", host=eva, topic=retrospectives, starts_in=-timedelta(days=1)
    )
    attend(clinic, theo)  # the host in their own room is not an attendee

    for visitor in (1, 2, 3, 4):
        visit(basics, visitor, set_day, day1)
    for visitor in (1, 2):
        visit(retro_lesson, visitor, set_day, day1)
    for visitor in (5, 6, 7):
        visit(clinic, visitor, set_day, day2)
    visit(stories, 8, set_day, day2)
    for visitor in (9, 10):
        visit(HomePage.objects.get(), visitor, set_day, day2)
    set_day(today)
    flush_visits()
    return {
        "today": today,
        "day1": day1,
        "day2": day2,
        "facilitation": facilitation,
        "retrospectives": retrospectives,
        "storytelling": storytelling,
        "tara": tara,
        "theo": theo,
        "eva": eva,
        "basics": basics,
        "retros": retros,
        "stories": stories,
        "clinic": clinic,
        "practice": practice,
        "ben": ben,
        "cleo": cleo,
    }
