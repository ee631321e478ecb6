"""A small academy with one member per role and one object of every kind a URL can name.

Every URL of the matrix points at something that exists here, so a row says what the
permission check decides rather than that the object is missing.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, Site, Task, Workflow

from academy.community.services import suggestions, threads
from academy.courses import services as course_services
from academy.courses.models import LearningPathPage, LearningPathStep
from academy.experiments import services as experiments
from academy.live.models import Question
from academy.live.services import calendar_feed, registration
from academy.notifications.models import Notification
from academy.notifications.unsubscribe import token_for
from academy.peers import services as peers
from academy.peers.models import BadgeAward
from academy.peers.roles import Role
from cms.models import HomePage, SiteSettings, StandardPage
from search import services as search_services
from search.models import Synonym
from tests.factories import (
    UserFactory,
    make_catalogue,
    make_course,
    make_lesson,
    make_session,
    make_sessions_index,
    make_topic,
)
from tests.factories.courses import publish
from tests.live.room_client import move_session

# The columns of the matrix, from no account to the top of the ladder and the staff roles.
ROLES = (
    "anonymous",
    "newcomer",
    "learner",
    "peer_teacher",
    "mentor",
    "moderator",
    "curator",
    "superuser",
)

ROLE_GRANTS = {
    "newcomer": [],
    "learner": [Role.LEARNER],
    "peer_teacher": [Role.LEARNER, Role.PEER_TEACHER],
    "mentor": [Role.LEARNER, Role.MENTOR],
    "moderator": [Role.MODERATOR],
    "curator": [Role.CURATOR],
}


@dataclass
class Academy:
    members: dict = field(default_factory=dict)  # role name -> user (no entry for anonymous)
    pages: dict = field(default_factory=dict)  # page type label -> live page
    ids: dict = field(default_factory=dict)  # what URL arguments are filled with


def _members() -> dict:
    members = {
        role: UserFactory(username=role.replace("_", "-"), roles=grants)
        for role, grants in ROLE_GRANTS.items()
    }
    members["superuser"] = UserFactory(username="root", is_superuser=True, is_staff=True)
    return members


def _pages(teacher, learner) -> dict:
    home = HomePage.objects.get()
    course = make_course("Running retrospectives", owner=teacher)
    lesson = make_lesson(course, "Why look back")
    path = LearningPathPage(title="Start facilitating", slug="start-facilitating")
    path.steps.add(LearningPathStep(course=course, why="Look back before you look ahead."))
    session = make_session(host=teacher, starts_in=timedelta(days=2))
    registration.register(user=learner, session=session)
    # In progress, so that the room answers with who may enter rather than "not open yet".
    move_session(session, starts_in=timedelta(minutes=-5))
    return {
        "home": home,
        "catalogue": make_catalogue(),
        "course": course,
        "lesson": lesson,
        "learning_path": publish(path, parent=make_catalogue()),
        "sessions_index": make_sessions_index(),
        "live_session": session,
        "standard": publish(StandardPage(title="About", slug="about"), parent=home),
    }


def _media() -> dict:
    image = get_image_model().objects.create(title="Sticky notes", file=get_test_image_file())
    document = get_document_model().objects.create(
        title="Retro formats", file=ContentFile(b"%PDF-1.4 formats", name="formats.pdf")
    )
    # The stored name, which storage changes when an earlier run left a file of that name.
    return {"image": image.pk, "document": document.pk, "document_file": document.filename}


def _community(members, pages) -> dict:
    learner, teacher, mentor = members["learner"], members["peer_teacher"], members["mentor"]
    lesson, course = pages["lesson"], pages["course"]
    thread = threads.start_thread(
        author=learner, page=lesson, title="Silence", body="How long do I wait?"
    )
    answer = threads.reply(author=teacher, thread=thread, body="Count to ten, slowly.")
    suggestion, _created = suggestions.suggest_improvement(user=teacher, post=answer)
    report = course_services.report_practice(user=learner, lesson=lesson, text="It worked.")
    peers.flag_content(reporter=members["newcomer"], content=report, reason="spam")
    suspended = UserFactory(username="suspended")
    suspension = peers.suspend(
        moderator=members["moderator"], member=suspended, reason="Spam.", days=3
    )
    course_services.mark_lesson_done(user=learner, lesson=lesson)
    peers.award_badges(user=learner)  # awarded after the commit in the product; now here
    award = BadgeAward.objects.filter(user=learner).select_related("badge").first()
    return {
        "thread": thread.pk,
        "post": thread.posts.order_by("pk").first().pk,
        "suggestion": suggestion.pk,
        "report": report.pk,
        "flagged_type": ContentType.objects.get_for_model(report).pk,
        "subject": UserFactory(username="subject").pk,
        "suspension": suspension.pk,
        "nomination": peers.nominate(
            mentor=mentor, nominee=learner, topic=course.topic, reason="Explains well."
        ).pk,
        "buddy": peers.request_buddy(teacher=teacher, topic=course.topic).pk,
        "badge": award.badge.slug,
        "badge_pk": award.badge.pk,
        "assertion": award.uid,
    }


def _learner_links(learner, session) -> dict:
    notification = Notification.objects.filter(recipient=learner).first()
    question = Question.objects.create(session=session, author=learner, text="Slides?")
    return {
        "notification": notification.pk,
        "feed_token": calendar_feed.reset(user=learner).token,
        "unsubscribe_token": token_for(user=learner, what="all"),
        "question": question.pk,
        "content_request": search_services.ask_for_content(
            user=learner, text="conflict in retrospectives"
        ).pk,
    }


def _wagtail_objects() -> dict:
    site = Site.objects.get(is_default_site=True)
    # Made on first use otherwise, by whichever request comes first: a write in its row.
    SiteSettings.for_site(site)
    return {
        "root_page": Page.get_first_root_node().pk,
        "collection": Collection.get_first_root_node().pk,
        "site": site.pk,
        "group": Group.objects.get(name=Role.PEER_TEACHER.group_name).pk,
        "workflow": Workflow.objects.order_by("pk").first().pk,
        "task": Task.objects.order_by("pk").first().pk,
        "synonym": Synonym.objects.create(term="KM", alternatives="knowledge management").pk,
    }


def build() -> Academy:
    make_topic()
    academy = Academy(members=_members())
    members = academy.members
    academy.pages = _pages(members["peer_teacher"], members["learner"])
    academy.ids = {
        "topic": academy.pages["course"].topic_id,
        "revision": academy.pages["course"].latest_revision_id,
        "experiment": experiments.create_experiment(
            user=members["curator"], name="Beginners first", b_courses=[academy.pages["course"]]
        ).pk,
        **{f"{role}_user": user.pk for role, user in members.items()},
        **{f"{role}_username": user.username for role, user in members.items()},
        **{f"{kind}_page": page.pk for kind, page in academy.pages.items()},
        **_media(),
        **_community(members, academy.pages),
        **_learner_links(members["learner"], academy.pages["live_session"]),
        **_wagtail_objects(),
    }
    return academy
