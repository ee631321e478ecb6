"""Demo steps for the ladder: a reputation history that puts members at different levels.

The history goes through the ledger service like live activity, backdated, and the member is
reviewed as of each entry's date, so roles are earned when they would have been. The last
step reviews everyone as of today, as the daily `update_ladder` run would, so a role whose
requirements lapsed since shows as at risk.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from academy.courses import selectors as course_selectors
from academy.courses.models import CoursePage
from academy.peers import services as peer_services
from academy.peers.reputation import Cause

from . import content


def _history() -> list[dict]:
    User = get_user_model()
    courses = {course.slug: course for course in CoursePage.objects.live()}
    entries = []
    for slug, days_ago in content.APPROVED_DAYS_AGO.items():
        course = courses[slug]
        for author in User.objects.filter(pk__in=course_selectors.author_ids(course)):
            entries.append(
                {
                    "user": author,
                    "cause": Cause.CONTENT_APPROVED,
                    "cause_key": f"content_approved:course={course.pk}:user={author.pk}",
                    "source": course,
                    "topic": course.topic,
                    "days_ago": days_ago,
                }
            )
    for username, slug, days_ago in content.PAST_REVIEWS:
        course, reviewer = courses[slug], User.objects.get(username=username)
        entries.append(
            {
                "user": reviewer,
                "cause": Cause.REVIEW_DONE,
                "cause_key": f"review_done:demo:course={course.pk}:user={reviewer.pk}",
                "source": course,
                "topic": course.topic,
                "days_ago": days_ago,
            }
        )
    return sorted(entries, key=lambda entry: -entry["days_ago"])


def ensure_reputation_history() -> None:
    now = timezone.now()
    for entry in _history():
        occurred_at = now - timedelta(days=entry.pop("days_ago"))
        peer_services.award(**entry, occurred_at=occurred_at)
        peer_services.member_changed(user=entry["user"], topics=[entry["topic"]], now=occurred_at)


def review_everyone() -> None:
    for member in get_user_model().objects.filter(is_active=True).order_by("pk"):
        peer_services.member_changed(user=member)


HISTORY_STEPS = [("reputation history", ensure_reputation_history)]
REVIEW_STEPS = [("ladder review", review_everyone)]
