"""A small academy for the API tests: public pages, and pages that must never show."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import PageViewRestriction

from academy.live.models import SessionState
from academy.peers.models import Profile
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic


def _restrict(page, kind, **fields):
    PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)
    return page


def make_academy() -> dict:
    retro = make_topic("retrospectives")
    checkins = make_topic("check-ins", parent=retro)
    stories = make_topic("storytelling")
    host = UserFactory(username="tomas", email="tomas.private@example.org")
    Profile.objects.update_or_create(user=host, defaults={"display_name": "Tomás Ruiz"})
    cohost = UserFactory(username="ana", email="ana.private@example.org")

    retro_course = make_course("Running your first retrospective", topic=retro, owner=host)
    retro_course.tags.add("teams")
    retro_course.save()
    public = {
        "retro": retro_course,
        "checkin": make_course("Check-in rounds", topic=checkins, level="intermediate"),
        "german": make_course("Geschichten erzählen", topic=stories, language="de"),
    }
    lessons = {
        "why": make_lesson(public["retro"], "Why look back together", minutes=8),
        "actions": make_lesson(public["retro"], "Actions that stick", minutes=12),
    }
    # A newer draft of a live course: visitors still see the published title.
    public["checkin"].title = "Secret renamed draft"
    public["checkin"].save_revision()

    draft_course = make_course("Secret draft course", topic=retro, live=False)
    members_only = _restrict(
        make_course("Secret members only course", topic=retro), PageViewRestriction.LOGIN
    )
    password = _restrict(
        make_course("Secret password course", topic=retro),
        PageViewRestriction.PASSWORD,
        password="secret",
    )
    hidden_lessons = [
        make_lesson(public["retro"], "Secret draft lesson", live=False),
        make_lesson(members_only, "Secret lesson of a members only course"),
        make_lesson(password, "Secret lesson of a password course"),
        make_lesson(draft_course, "Secret live lesson of a draft course"),
    ]

    sessions = {
        "upcoming": make_session(
            "Retro clinic live", host=host, topic=retro, cohosts=[cohost], course=public["retro"]
        ),
        "past": make_session(
            "Storytelling circle", host=cohost, topic=stories, starts_in=-timedelta(days=3)
        ),
        "draft_course": make_session(
            "Clinic of a draft course", host=host, topic=retro, course=draft_course
        ),
    }
    unpublished = make_session("Secret unpublished session", host=host, topic=retro)
    unpublished.unpublish()
    cancelled = make_session("Secret cancelled session", host=host, topic=retro)
    SessionState.objects.update_or_create(
        session=cancelled, defaults={"cancelled_at": timezone.now()}
    )
    restricted = _restrict(
        make_session("Secret members only session", host=host, topic=retro),
        PageViewRestriction.LOGIN,
    )
    return {
        "topics": {"retro": retro, "checkins": checkins, "stories": stories},
        "host": host,
        "courses": public,
        "lessons": lessons,
        "sessions": sessions,
        "hidden": [
            draft_course,
            members_only,
            password,
            *hidden_lessons,
            unpublished,
            cancelled,
            restricted,
        ],
    }
