"""A signed-in member's home: what they are learning, the sessions they hold a place in,
suggestions with their reasons, questions they could answer and their next level step; and
the visitor's home with the next sessions."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy.community import services as community_services
from academy.courses import services as course_services
from academy.live.models import Participant
from academy.live.services import registration
from academy.pagecache import lifetime
from academy.peers.models import Profile
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic

pytestmark = pytest.mark.django_db


def _soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _section(response, title_id: str):
    """The text of the home page section headed by `title_id`, or None when it is absent."""
    heading = _soup(response).find(id=title_id)
    if heading is None:
        return None
    return " ".join(heading.find_parent("section").get_text().split())


def _suggestions(response) -> dict[str, str]:
    """Each suggested course or session by title, with the reason its card gives."""
    section = _soup(response).find(id="suggested-title").find_parent("section")
    return {
        card.select_one(".card__title").get_text(strip=True): card.select_one(
            ".card__reason"
        ).get_text(strip=True)
        for card in section.select("li.card")
    }


def _complete(user, course) -> None:
    course_services.enrol(user=user, course=course)
    for lesson in course.get_children().specific():
        course_services.mark_lesson_done(user=user, lesson=lesson)


def _attend(user, session) -> None:
    now = timezone.now()
    Participant.objects.create(session=session, user=user, first_seen_at=now, last_seen_at=now)


@pytest.fixture
def catalogue(home_page):
    """Two topic families: facilitation (with retrospectives below it) and knowledge."""
    author = UserFactory(username="tomas", roles=[(Role.PEER_TEACHER, "facilitation")])
    facilitation = make_topic("facilitation")
    retrospectives = make_topic("retrospectives", parent=facilitation)
    knowledge = make_topic("knowledge")
    courses = {
        "first-retro": make_course("First retro", owner=author, topic=retrospectives),
        "formats": make_course(
            "Retro formats", owner=author, topic=retrospectives, level="intermediate"
        ),
        "deep": make_course(
            "Deep facilitation", owner=author, topic=facilitation, level="advanced"
        ),
        "check-ins": make_course("Check-ins", owner=author, topic=facilitation),
        "wikis": make_course("Wiki gardening", owner=author, topic=knowledge),
    }
    for course in courses.values():
        make_lesson(course, f"Start of {course.title}")
    return {
        "author": author,
        "courses": courses,
        "topics": (facilitation, retrospectives, knowledge),
    }


@pytest.fixture
def lena(client, catalogue):
    lena = UserFactory(username="lena", roles=[Role.LEARNER])
    client.force_login(lena)
    return lena


def test_suggestions_follow_a_completed_course_one_level_up_and_say_why(client, lena, catalogue):
    courses = catalogue["courses"]
    _complete(lena, courses["first-retro"])

    suggested = _suggestions(client.get("/"))

    # The same family at the same level and one up; not two levels up, not another family,
    # not what the member took already.
    assert suggested == {
        "Retro formats": "Because you completed “First retro”",
        "Check-ins": "Because you completed “First retro”",
    }


def test_nothing_below_what_the_member_completed_is_suggested(client, lena, catalogue):
    courses = catalogue["courses"]
    _complete(lena, courses["formats"])  # intermediate
    course_services.enrol(user=lena, course=courses["wikis"])

    suggested = _suggestions(client.get("/"))

    # Beginner courses of the family are behind her; the knowledge course she is taking
    # brings nothing new of its family.
    assert suggested == {"Deep facilitation": "Because you completed “Retro formats”"}


def test_sessions_are_suggested_by_a_course_in_progress_and_by_a_session_attended(
    client, lena, catalogue
):
    facilitation, retrospectives, knowledge = catalogue["topics"]
    host = catalogue["author"]
    course_services.enrol(user=lena, course=catalogue["courses"]["first-retro"])
    past = make_session("Wiki walk", host=host, topic=knowledge, starts_in=timedelta(days=-3))
    _attend(lena, past)
    make_session("Retro clinic", host=host, topic=retrospectives)
    make_session("Wiki clinic", host=host, topic=knowledge, starts_in=timedelta(days=3))
    held = make_session("Check-in circle", host=host, topic=facilitation)
    registration.register(user=lena, session=held)
    make_session("Expert hour", host=host, topic=facilitation, level="advanced")

    suggested = _suggestions(client.get("/"))

    # Not the session she holds a seat in, not two levels up, not one that is over.
    assert suggested == {
        "Check-ins": "Because you are taking “First retro”",
        "Retro formats": "Because you are taking “First retro”",
        "Wiki gardening": "Because you attended “Wiki walk”",
        "Retro clinic": "Because you are taking “First retro”",
        "Wiki clinic": "Because you attended “Wiki walk”",
    }


def test_suggestions_are_in_the_languages_the_member_learns_in_or_says_they_speak(
    client, lena, catalogue
):
    author, retrospectives = catalogue["author"], catalogue["topics"][1]
    make_lesson(make_course("Retro auf Deutsch", owner=author, topic=retrospectives, language="de"))
    _complete(lena, catalogue["courses"]["first-retro"])
    assert "Retro auf Deutsch" not in _suggestions(client.get("/"))  # she learns in English

    Profile.objects.update_or_create(user=lena, defaults={"languages": ["de"]})

    assert list(_suggestions(client.get("/"))) == ["Retro auf Deutsch"]


def test_the_home_lists_the_members_own_upcoming_sessions_and_next_lessons(client, lena, catalogue):
    host = catalogue["author"]
    course = catalogue["courses"]["first-retro"]
    make_lesson(course, "Second step")
    course_services.enrol(user=lena, course=course)
    course_services.mark_lesson_done(user=lena, lesson=course.get_children().first().specific)
    full = make_session("Full clinic", host=host, capacity=1)
    registration.register(user=UserFactory(), session=full)
    registration.register(user=lena, session=full)  # waitlisted
    registration.register(user=lena, session=make_session("Retro clinic", host=host))
    dropped = make_session("Dropped clinic", host=host)
    registration.register(user=lena, session=dropped)
    registration.cancel(user=lena, session=dropped)

    response = client.get("/")

    learning = _section(response, "continue-title")
    assert "First retro" in learning and "Second step" in learning
    sessions = _section(response, "my-sessions-title")
    assert "Retro clinic" in sessions and "Registered" in sessions
    assert "Full clinic" in sessions and "Waitlist place 1" in sessions
    assert "Dropped clinic" not in sessions


def test_a_new_member_sees_where_to_start(client, lena):
    response = client.get("/")

    assert "Welcome back, lena" in _soup(response).h1.get_text()
    assert "Nothing in progress" in _section(response, "continue-title")
    assert "No sessions coming up" in _section(response, "my-sessions-title")
    assert "Suggestions follow what you do" in _section(response, "suggested-title")
    assert _section(response, "questions-title") is None  # teaches nothing
    # Their next level step, with its requirements.
    path = _section(response, "path-summary-title")
    assert "Next:" in path and "requirements met" in path


def test_a_teacher_sees_unanswered_questions_in_topics_they_teach(client, catalogue):
    courses = catalogue["courses"]
    asker = UserFactory(username="priya", roles=[Role.LEARNER])
    page = courses["first-retro"].get_children().first()
    community_services.start_thread(
        author=asker, page=page, title="Can we skip gathering data?", body="We are tired."
    )
    answered = community_services.start_thread(
        author=asker, page=page, title="How long is a retro?", body="One hour?"
    )
    community_services.reply(author=catalogue["author"], thread=answered, body="About an hour.")
    community_services.start_thread(
        author=asker, page=courses["wikis"], title="Which wiki tool?", body="Any advice?"
    )
    teacher = UserFactory(username="tara", roles=[(Role.PEER_TEACHER, "retrospectives")])
    client.force_login(teacher)

    questions = _section(client.get("/"), "questions-title")

    assert "Can we skip gathering data?" in questions and "Start of First retro" in questions
    assert "How long is a retro?" not in questions  # answered
    assert "Which wiki tool?" not in questions  # not a topic Tara teaches


def test_a_members_home_is_marked_private(client, lena):
    response = client.get("/")

    assert "private" in response["Cache-Control"]


def _queries(client) -> int:
    client.get("/")  # what is read once and kept (the site, a running experiment)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


def test_the_members_home_reads_the_same_number_of_queries_however_much_they_did(
    client, lena, catalogue
):
    """More courses, sessions and attendance in the same topics cost no more queries (the
    path summary reads a few per topic the member is active in)."""
    host, facilitation = catalogue["author"], catalogue["topics"][0]

    def more_activity(number):
        session = make_session(f"Clinic {number}", host=host, topic=facilitation)
        registration.register(user=lena, session=session)
        make_session(f"Open clinic {number}", host=host, topic=facilitation, level="intermediate")
        past = make_session(f"Past {number}", host=host, starts_in=timedelta(days=-number - 1))
        _attend(lena, past)

    for course in ("first-retro", "wikis", "check-ins"):  # one in each topic
        _complete(lena, catalogue["courses"][course])
    more_activity(0)
    few = _queries(client)
    _complete(lena, catalogue["courses"]["formats"])
    for number in range(1, 6):
        more_activity(number)

    assert _queries(client) == few
    assert "Open clinic 0" in _suggestions(client.get("/"))


def test_a_visitor_sees_the_next_sessions_without_seat_counts(client, home_page, catalogue):
    host = catalogue["author"]
    make_session("Later clinic", host=host, starts_in=timedelta(days=5))
    make_session("Soon clinic", host=host, starts_in=timedelta(hours=2))
    make_session("Past clinic", host=host, starts_in=timedelta(days=-2))

    sessions = _section(client.get("/"), "sessions-title")

    assert sessions.index("Soon clinic") < sessions.index("Later clinic")
    assert "Past clinic" not in sessions
    assert "seats left" not in sessions  # a cached page would show stale seats
    assert "See all sessions" in sessions


def test_the_visitors_home_is_kept_only_until_its_first_session_ends(
    client, home_page, catalogue, settings
):
    settings.PAGE_CACHE_SECONDS = 3600
    make_session("Running clinic", host=catalogue["author"], starts_in=timedelta(minutes=-30))

    first = client.get("/")
    assert first["X-Cache"] == "MISS"
    assert client.get("/")["X-Cache"] == "HIT"
    # Kept until the clinic ends, in half an hour, not for the hour the setting allows.
    assert 25 * 60 < lifetime.seconds_to_keep(first.wsgi_request) <= 30 * 60
