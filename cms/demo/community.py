"""Demo steps for community care: newcomers (some waiting for a welcome), a referral by Ana,
an open first-session buddy request and one report in the moderation queue.

Every write goes through the peers services, so running the steps again changes nothing.
"""

from datetime import timedelta

from django.utils import timezone

from academy.courses import services as course_services
from academy.courses.models import CoursePage, LessonPage, PracticeReport, Topic
from academy.peers import services as peer_services
from academy.peers.models import BuddyRequest
from academy.peers.permissions import can

from . import content
from .members import ensure_member, member

# username, display name, days since joining, lessons done
NEWCOMERS = [
    ("newcomer1", "Noah Becker", 30, 0),
    ("newcomer2", "Sofia Rossi", 21, 0),
    ("newcomer3", "Kenji Tanaka", 14, 0),
    ("newcomer4", "Amara Diallo", 9, 0),
    ("newcomer5", "Lucas Martin", 12, 1),
    ("newcomer6", "Ingrid Berg", 8, 1),
]
FIRST_COURSE = "running-your-first-retrospective"


def ensure_ambassador() -> None:
    """Ana has earned Ambassador by now (reputation history and her learning); review her
    so that her referral link works below even where after-commit reviews have not run."""
    peer_services.member_changed(user=member("ana"))


def ensure_newcomers() -> None:
    for username, name, days, _lessons in NEWCOMERS:
        ensure_member(
            username=username,
            name=name,
            email=f"{username}@example.org",
            date_joined=timezone.now() - timedelta(days=days),
        )


def ensure_referral() -> None:
    """Ana invited Lucas; his first lesson (next step) activates the referral."""
    peer_services.record_referral(referrer=member("ana"), referred=member("newcomer5"))


def ensure_first_lessons() -> None:
    course = CoursePage.objects.live().get(slug=FIRST_COURSE)
    lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
    for username, _name, _days, done in NEWCOMERS:
        for lesson in lessons[:done]:
            course_services.mark_lesson_done(user=member(username), lesson=lesson)


def ensure_buddy_request() -> None:
    teacher = member("teacher")
    topic = Topic.objects.get(slug="facilitation")  # Mei Chen mentors it
    if not BuddyRequest.objects.filter(teacher=teacher, topic=topic).exists():
        peer_services.request_buddy(
            teacher=teacher,
            topic=topic,
            message=(
                "My first facilitation session: a practice circle on check-in rounds. "
                "A co-host for the chat would help."
            ),
        )


def ensure_report() -> None:
    """One open report on the demo practice report, by the first member allowed to flag:
    Lena once her lessons made her a Learner, otherwise the curator."""
    username, course_slug, position, _text = content.PRACTICE[0]
    course = CoursePage.objects.live().get(slug=course_slug)
    lesson = LessonPage.objects.child_of(course).live().order_by("path")[position]
    report = PracticeReport.objects.get(user=member(username), lesson=lesson)
    reporter = next(
        (
            user
            for user in (member("learner"), member("curator"))
            if can(user, "content.flag", report)
        ),
        None,
    )
    if reporter is not None:
        peer_services.flag_content(
            reporter=reporter,
            content=report,
            reason="other",
            note="Demo report: is naming the team fine here?",
        )


STEPS = [
    ("ambassador", ensure_ambassador),
    ("newcomers", ensure_newcomers),
    ("referral", ensure_referral),
    ("first lessons", ensure_first_lessons),
    ("buddy request", ensure_buddy_request),
    ("report", ensure_report),
]
