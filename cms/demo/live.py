"""Demo steps for live sessions: the sessions page, upcoming sessions with seats taken (one
full with a waitlist, one nearly full, one starting two hours after loading) and a session
from last week with its room history, feedback and a follow-up.

Sessions are published as their hosts would publish them; registrations, the room and the
recap go through the live services. Sessions that already exist are left alone, so running the
steps again changes nothing.
"""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from academy.courses.models import CatalogueIndexPage, CoursePage, Topic
from academy.live.models import (
    ChatMessage,
    Hand,
    LiveSessionPage,
    Question,
    RoomEvent,
    SessionsIndexPage,
    SessionState,
)
from academy.live.protocol import Frame
from academy.live.services import recap, registration, room

from .members import member

SESSIONS_INTRO = (
    "Practise with peers in real time: short online sessions hosted by the academy's "
    "teachers, with a chat, questions everyone can vote on and a recap afterwards. Take a "
    "seat for free; the meeting link appears on the session page shortly before the start."
)

# When a session starts: `starts_in` from loading the demo, or on a `day` counted from today
# at a `clock` time in the session's time zone. `registrations` ask for a seat in this order;
# those beyond the capacity go on the waitlist.
UPCOMING = [
    {
        "slug": "keeping-energy-up-in-remote-workshops",
        "title": "Keeping energy up in remote workshops",
        "description": (
            "Long video workshops lose people after the first hour. Tomás shows the three "
            "changes from the course “Facilitating remote workshops” that helped his product "
            "teams most: a break rhythm people can trust, breakout rooms with a written task, "
            "and a closing round that fits in the chat. Bring a workshop you are planning; we "
            "redesign one agenda together."
        ),
        "host": "teacher",
        "topic": "remote-collaboration",
        "course": "facilitating-remote-workshops",
        "level": "intermediate",
        "language": "en",
        "time_zone": "Europe/Berlin",
        "starts_in": timedelta(hours=2),
        "minutes": 60,
        "capacity": 12,
        "registrations": ["learner", "jonas", "newcomer6"],
    },
    {
        "slug": "finding-stale-pages-with-small-scripts",
        "title": "Finding stale pages with small scripts",
        "description": (
            "A hands-on hour for people who look after a team wiki. Mei walks through the "
            "scripts from “Keeping a team knowledge base healthy”: reading an export, listing "
            "the pages nobody touched in a year and checking internal links. Bring Python 3 and "
            "an export of your own wiki, or use the sample from the course; we fix the first "
            "broken links together before the end."
        ),
        "host": "mentor",
        "topic": "knowledge-management",
        "course": "keeping-a-team-knowledge-base-healthy",
        "level": "advanced",
        "language": "en",
        "time_zone": "America/New_York",
        "day": 1,
        "clock": "12:00",
        "minutes": 75,
        "capacity": 25,
        "registrations": ["curator", "moderator", "jonas"],
    },
    {
        "slug": "from-post-mortem-to-story",
        "title": "From post-mortem to story: lessons people remember",
        "description": (
            "A lessons-learned report is read once; a good story is retold for years. Priya "
            "and Mei take one real project post-mortem and turn it into a two-minute story with "
            "a situation, a turning point and a lesson. A small group, so that everyone tells "
            "their draft and hears feedback on it. Bring a project that taught you something."
        ),
        "host": "priya",
        "cohosts": ["mentor"],
        "topic": "storytelling",
        "course": "storytelling-for-lessons-learned",
        "level": "beginner",
        "language": "en",
        "time_zone": "Europe/Berlin",
        "day": 4,
        "clock": "16:00",
        "minutes": 60,
        "capacity": 6,
        "registrations": ["learner", "ana", "jonas", "newcomer1", "curator"],
    },
    {
        "slug": "check-in-rounds-practice-circle",
        "title": "Check-in rounds: a practice circle",
        "description": (
            "Four seats on purpose: each of you runs a five-minute check-in round for the "
            "others and gets feedback on the question you chose, the order of speakers and "
            "what you did with the answers. Good preparation for a first retrospective or team "
            "meeting; a one-word check-in is a fine start."
        ),
        "host": "teacher",
        "topic": "facilitation",
        "level": "beginner",
        "language": "en",
        "time_zone": "Europe/Berlin",
        "day": 8,
        "clock": "17:30",
        "minutes": 45,
        "capacity": 4,
        "registrations": ["newcomer5", "moderator", "priya", "learner", "newcomer6", "newcomer2"],
    },
    {
        "slug": "comunidades-de-practica-los-primeros-90-dias",
        "title": "Comunidades de práctica a distancia: los primeros 90 días",
        "description": (
            "Cómo arrancar una comunidad de práctica cuando sus miembros viven en cuatro zonas "
            "horarias: el primer encuentro, el ritmo de las reuniones y qué hacer cuando la "
            "participación baja después del primer mes. Ana cuenta lo que funcionó en su equipo "
            "distribuido y lo que no. Trae tu comunidad, o la idea de una, y una pregunta "
            "concreta."
        ),
        "host": "ana",
        "topic": "communities-of-practice",
        "course": "comunidades-de-practica-a-distancia",
        "level": "intermediate",
        "language": "es",
        "time_zone": "Europe/Madrid",
        "day": 15,
        "clock": "18:00",
        "minutes": 60,
        "capacity": 20,
        "registrations": ["newcomer2", "newcomer4"],
    },
]

PAST = {
    "slug": "your-first-retrospective-questions-and-answers",
    "title": "Your first retrospective: questions and answers",
    "description": (
        "An open hour for everyone who is about to run a retrospective, or just did and wants "
        "to talk it through. Tomás answers questions on the course “Running your first "
        "retrospective”: opening so that everyone speaks, keeping the timeline short and "
        "closing with an experiment somebody owns."
    ),
    "host": "teacher",
    "topic": "retrospectives",
    "course": "running-your-first-retrospective",
    "level": "beginner",
    "language": "en",
    "time_zone": "Europe/Berlin",
    "day": -7,
    "clock": "18:00",
    "minutes": 60,
    "capacity": 30,
    "recording_url": "https://meet.example.org/recordings/your-first-retrospective-q-and-a",
    "registrations": ["learner", "priya", "ana", "newcomer2", "newcomer5", "newcomer6"],
}
# username, minute arrived, minute left (from the start); Sofia (newcomer2) did not come.
PAST_PRESENCE = [
    ("teacher", -10, 56),
    ("learner", -3, 56),
    ("priya", -1, 56),
    ("ana", 0, 56),
    ("newcomer5", 2, 56),
    ("newcomer6", 6, 41),
]
# What happened in the room: minute, username, frame type, fields. A "question" field is the
# question's number in the order they were asked, from 0.
PAST_ROOM = [
    (
        -2,
        "teacher",
        "chat.send",
        {"text": "Welcome! While we wait: one word for how your last retrospective felt?"},
    ),
    (-1, "learner", "chat.send", {"text": "Hopeful. It will be my first one as facilitator."}),
    (0, "ana", "chat.send", {"text": "Crowded: twelve people in four time zones."}),
    (3, "newcomer5", "chat.send", {"text": "Nervous! I run one for my team next Tuesday."}),
    (4, "priya", "chat.send", {"text": "Curious. And Lucas: start small, you will be fine."}),
    (
        9,
        "learner",
        "question.ask",
        {
            "text": "How do I get quiet people to speak in the check-in without putting them on "
            "the spot?"
        },
    ),
    (10, "ana", "question.vote", {"question": 0}),
    (10, "newcomer5", "question.vote", {"question": 0}),
    (11, "priya", "question.vote", {"question": 0}),
    (11, "newcomer6", "question.vote", {"question": 0}),
    (
        14,
        "newcomer5",
        "question.ask",
        {"text": "Our manager wants to join the retrospective. Should I let her?"},
    ),
    (15, "learner", "question.vote", {"question": 1}),
    (15, "ana", "question.vote", {"question": 1}),
    (16, "newcomer6", "question.vote", {"question": 1}),
    (18, "teacher", "question.answer", {"question": 0, "answered": True}),
    (19, "teacher", "question.pin", {"question": 1, "pinned": True}),
    (
        22,
        "teacher",
        "chat.send",
        {
            "text": "The one-hour plan from the course: set the stage, gather data, generate "
            "insights, decide what to try, close."
        },
    ),
    (
        26,
        "priya",
        "question.ask",
        {"text": "What do you do when the same action item comes back sprint after sprint?"},
    ),
    (27, "learner", "question.vote", {"question": 2}),
    (28, "ana", "question.vote", {"question": 2}),
    (30, "ana", "hand.raise", {}),
    (31, "teacher", "hand.call_next", {}),
    (
        36,
        "newcomer6",
        "question.ask",
        {"text": "Does the timeline work for a fully remote team spread over three time zones?"},
    ),
    (37, "ana", "question.vote", {"question": 3}),
    (
        39,
        "newcomer6",
        "chat.send",
        {"text": "Writing before talking is such a simple trick. Trying it on Thursday."},
    ),
    (
        54,
        "teacher",
        "chat.send",
        {
            "text": "Thank you all! The recording goes on the session page. One experiment, one "
            "owner, one date."
        },
    ),
    (55, "teacher", "session.end", {}),
]
# username, score, what they will try, comment
PAST_FEEDBACK = [
    (
        "learner",
        5,
        "Ask everyone to write for two minutes before anyone talks.",
        "Finally understood why the check-in matters.",
    ),
    ("ana", 5, "Una palabra al empezar cada reunión del equipo, también en la semanal.", ""),
    (
        "newcomer5",
        4,
        "Keep my first retrospective to one hour and close with one experiment with an owner.",
        "A little fast for a beginner; the recording helps.",
    ),
    ("priya", 4, "Rotate who facilitates, so that old action items meet fresh eyes.", ""),
]
# The open question Tomás will answer in a lesson.
PAST_FOLLOW_UP = 3

# Where the room's actions stamp the time.
ROOM_STAMPS = [
    (ChatMessage, "created_at"),
    (Question, "created_at"),
    (Hand, "raised_at"),
    (Hand, "called_at"),
    (Hand, "lowered_at"),
    (SessionState, "ended_at"),
]


def ensure_sessions_index() -> None:
    if SessionsIndexPage.objects.exists():
        return
    index = SessionsIndexPage(
        title="Live sessions",
        slug="sessions",
        intro=SESSIONS_INTRO,
        show_in_menus=True,
        owner=member("curator"),
    )
    # Next to the courses in the navigation.
    CatalogueIndexPage.objects.get().add_sibling(pos="right", instance=index)
    index.save_revision(user=member("curator")).publish()


def ensure_upcoming_sessions() -> None:
    index = SessionsIndexPage.objects.get()
    existing = set(index.get_children().values_list("slug", flat=True))
    now = timezone.now()
    for data in UPCOMING:
        if data["slug"] in existing:
            continue
        session = _schedule(index, data, starts_at=_starts_at(data, now))
        for username in data["registrations"]:
            registration.register(user=member(username), session=session)


def ensure_past_session() -> None:
    index = SessionsIndexPage.objects.get()
    if index.get_children().filter(slug=PAST["slug"]).exists():
        return
    starts_at = _starts_at(PAST, timezone.now())
    session = _schedule(index, PAST, starts_at=starts_at)
    # The day before, three hours apart.
    asked_at = starts_at - timedelta(hours=20)
    for username in PAST["registrations"]:
        registration.register(user=member(username), session=session, now=asked_at)
        asked_at += timedelta(hours=3)
    _attend(session)
    _play_room(session)
    for username, score, will_try, comment in PAST_FEEDBACK:
        recap.give_feedback(
            user=member(username), session=session, score=score, will_try=will_try, comment=comment
        )
    recap.follow_up(session=session, question_id=_question(session, PAST_FOLLOW_UP).pk, done=False)


def _starts_at(data: dict, now: datetime) -> datetime:
    if "starts_in" in data:
        # On a quarter hour, as a host would schedule it.
        start = now + data["starts_in"]
        start += timedelta(minutes=-start.minute % 15)
        return start.replace(second=0, microsecond=0)
    zone = ZoneInfo(data["time_zone"])
    day = timezone.localdate(now, zone) + timedelta(days=data["day"])
    return datetime.combine(day, time.fromisoformat(data["clock"]), tzinfo=zone)


def _schedule(index: SessionsIndexPage, data: dict, *, starts_at: datetime) -> LiveSessionPage:
    """Publish the session as its host would."""
    host = member(data["host"])
    session = LiveSessionPage(
        title=data["title"],
        slug=data["slug"],
        description=data["description"],
        host=host,
        topic=Topic.objects.get(slug=data["topic"]),
        course=CoursePage.objects.live().filter(slug=data.get("course")).first(),
        level=data["level"],
        language=data["language"],
        time_zone=data["time_zone"],
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=data["minutes"]),
        capacity=data["capacity"],
        meeting_url=f"https://meet.example.org/peer-academy/{data['slug']}",
        recording_url=data.get("recording_url", ""),
        owner=host,
    )
    index.add_child(instance=session)
    session.cohosts.set([member(username) for username in data.get("cohosts", [])])
    session.save_revision(user=host).publish()
    return session


def _attend(session: LiveSessionPage) -> None:
    """Everyone's time in the room. A heartbeat counts at most a minute, so one a minute."""
    for username, arrived, left in PAST_PRESENCE:
        user = member(username)
        minutes = [session.starts_at + timedelta(minutes=m) for m in range(arrived, left + 1)]
        room.enter(session=session, user=user, now=minutes[0])
        for moment in minutes[1:-1]:
            room.heartbeat(session=session, user=user, now=moment)
        room.leave(session=session, user=user, now=minutes[-1])


def _play_room(session: LiveSessionPage) -> None:
    """Play what happened in the room through the room's service, each action dated at its
    minute in the session."""
    # The room refuses actions once a session is over: hold it open while playing, then give
    # the session back its planned end.
    LiveSessionPage.objects.filter(pk=session.pk).update(ends_at=timezone.now())
    for minute, username, kind, fields in PAST_ROOM:
        played_at = timezone.now()
        if "question" in fields:
            fields = {**fields, "question": _question(session, fields["question"]).pk}
        room.perform(
            session_id=session.pk, user=member(username), frame=Frame(type=kind, fields=fields)
        )
        _date_back(session, since=played_at, to=session.starts_at + timedelta(minutes=minute))
    LiveSessionPage.objects.filter(pk=session.pk).update(ends_at=session.ends_at)


def _question(session: LiveSessionPage, number: int) -> Question:
    return Question.objects.filter(session=session).order_by("pk")[number]


def _date_back(session: LiveSessionPage, *, since: datetime, to: datetime) -> None:
    """Date what the room stamped from `since` on at `to`, in its stored events too, so that
    the history reads as it happened during the session."""
    to = to.astimezone(UTC)  # as the room stores and sends times
    for model, field in ROOM_STAMPS:
        model.objects.filter(session=session, **{f"{field}__gte": since}).update(**{field: to})
    for event in RoomEvent.objects.filter(session=session, created_at__gte=since):
        event.created_at = to
        event.payload = _dated_back(event.payload, since=since, to=to)
        event.save(update_fields=["created_at", "payload"])


def _dated_back(payload, *, since: datetime, to: datetime):
    """The event payload with its times ("at") from `since` on replaced by `to`."""
    if isinstance(payload, list):
        return [_dated_back(item, since=since, to=to) for item in payload]
    if isinstance(payload, dict):
        dated = {key: _dated_back(value, since=since, to=to) for key, value in payload.items()}
        if "at" in payload and datetime.fromisoformat(payload["at"]) >= since:
            dated["at"] = to.isoformat()
        return dated
    return payload


STEPS = [
    ("sessions page", ensure_sessions_index),
    ("upcoming sessions", ensure_upcoming_sessions),
    ("past session", ensure_past_session),
]
