"""What each cause of reputation is worth, in one table, and the daily cap.

Values can be overridden with the ACADEMY_REPUTATION_POINTS and ACADEMY_REPUTATION_DAILY_CAP
settings; the defaults follow Stack Overflow's proportions scaled to a small community.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Cause(models.TextChoices):
    LESSON_COMPLETED = "lesson_completed", _("Lesson completed")
    COURSE_COMPLETED = "course_completed", _("Course completed")
    KUDOS_RECEIVED = "kudos_received", _("Kudos received")
    KUDOS_WITHDRAWN = "kudos_withdrawn", _("Kudos withdrawn")
    POST_UPVOTED = "post_upvoted", _("Discussion post upvoted")
    POST_UPVOTE_WITHDRAWN = "post_upvote_withdrawn", _("Discussion upvote withdrawn")
    ANSWER_ACCEPTED = "answer_accepted", _("Answer accepted")
    ANSWER_UNACCEPTED = "answer_unaccepted", _("Accepted answer changed")
    SESSION_HOSTED_WELL = "session_hosted_well", _("Session hosted with good feedback")
    REVIEW_DONE = "review_done", _("Review done")
    CONTENT_APPROVED = "content_approved", _("Content approved")
    REFERRAL_ACTIVATED = "referral_activated", _("Referral activated")
    CONTENT_REMOVED = "content_removed", _("Content removed by moderators")
    CONTENT_RESTORED = "content_restored", _("Content restored by moderators")
    FLAG_HELPFUL = "flag_helpful", _("Report that helped moderators")


DEFAULT_POINTS = {
    Cause.LESSON_COMPLETED: 1,
    Cause.COURSE_COMPLETED: 10,
    Cause.KUDOS_RECEIVED: 2,
    Cause.KUDOS_WITHDRAWN: -2,
    Cause.POST_UPVOTED: 2,
    Cause.POST_UPVOTE_WITHDRAWN: -2,
    Cause.ANSWER_ACCEPTED: 10,
    Cause.ANSWER_UNACCEPTED: -10,
    Cause.SESSION_HOSTED_WELL: 15,
    Cause.REVIEW_DONE: 5,
    Cause.CONTENT_APPROVED: 20,
    Cause.REFERRAL_ACTIVATED: 10,
    Cause.CONTENT_REMOVED: -15,
    Cause.CONTENT_RESTORED: 15,
    Cause.FLAG_HELPFUL: 1,
}
DEFAULT_DAILY_CAP = 200


def points_for(cause: str) -> int:
    table = {**DEFAULT_POINTS, **getattr(settings, "ACADEMY_REPUTATION_POINTS", {})}
    return table[Cause(cause)]


def daily_cap() -> int:
    """Most positive points one member can earn in a day (UTC); penalties are never capped."""
    return getattr(settings, "ACADEMY_REPUTATION_DAILY_CAP", DEFAULT_DAILY_CAP)
