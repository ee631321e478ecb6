import pytest
from wagtail.models import PageViewRestriction

from academy.peers.roles import Role
from search import indexing
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic


def rebuild() -> int:
    return indexing.rebuild(progress=lambda count: None)


@pytest.fixture
def corpus(db):
    """A small catalogue: English, German and Spanish courses in two topics (one with a
    subtopic), lessons, a session, a draft and pages behind view restrictions."""
    retro = make_topic("retrospectives")
    checkins = make_topic("check-ins", parent=retro)
    stories = make_topic("storytelling")
    teacher = UserFactory(username="tomas", roles=[(Role.PEER_TEACHER, "retrospectives")])
    courses = {
        "retro": make_course(
            "Running your first retrospective",
            topic=retro,
            owner=teacher,
            featured=False,
            summary="Plan and host a one-hour retrospective with your team.",
        ),
        "formats": make_course(
            "Formats that keep meetings fresh",
            topic=retro,
            level="intermediate",
            summary="New retrospective formats when the old ones feel stale.",
        ),
        "checkin": make_course(
            "Check-in rounds",
            topic=checkins,
            summary="Open a meeting with a short round.",
        ),
        "german": make_course(
            "Wissensmanagement in Behörden",
            topic=stories,
            language="de",
            summary="Wie Ämter Wissen teilen: Wissensmanagements ohne neue Software.",
        ),
        "spanish": make_course(
            "Comunidades de práctica",
            topic=stories,
            language="es",
            level="advanced",
            summary="Cómo crecen las comunidades de práctica en una organización.",
        ),
        "stories": make_course(
            "Stories that change minds",
            topic=stories,
            summary="Tell the story of a change so colleagues want to try it.",
        ),
    }
    lessons = {
        "why": make_lesson(courses["retro"], "Why look back together", minutes=8),
        "actions": make_lesson(courses["retro"], "Actions that stick", minutes=12),
    }
    draft = make_course("Secret retrospective draft", topic=retro, live=False)
    members_only = make_course("Members only retrospective clinic", topic=retro)
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    private = make_course("Password retrospective notes", topic=retro)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    session = make_session("Retro clinic live", host=teacher, topic=retro)
    rebuild()
    return {
        "topics": {"retro": retro, "checkins": checkins, "stories": stories},
        "teacher": teacher,
        "courses": courses,
        "lessons": lessons,
        "draft": draft,
        "members_only": members_only,
        "private": private,
        "session": session,
    }
