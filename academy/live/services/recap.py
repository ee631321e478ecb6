"""After the session: attendees' feedback, the host's follow-ups, and what the peers app
hears about it (reputation for hosting well)."""

from django.conf import settings
from django.db import transaction
from django.db.models import Avg, Count
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.peers.reputation import Cause
from academy.peers.services.reputation import award
from academy.text import clean_text

from .. import selectors
from ..models import Question, SessionFeedback, SessionState


class FeedbackError(Exception):
    pass


def well_hosted_bar() -> tuple[int, float]:
    """(at least this many answers, with at least this average) earns the hosts reputation."""
    return (
        getattr(settings, "LIVE_WELL_HOSTED_MIN_ANSWERS", 3),
        getattr(settings, "LIVE_WELL_HOSTED_MIN_SCORE", 4.0),
    )


def give_feedback(*, user, session, score: int, will_try: str, comment: str = ""):
    if not selectors.is_over(session):
        raise FeedbackError(_("Feedback opens when the session is over."))
    if user.pk in session.host_ids() or not selectors.attended(user=user, session=session):
        raise FeedbackError(_("Only attendees can give feedback on a session."))
    with transaction.atomic():
        feedback, created = SessionFeedback.objects.get_or_create(
            session=session,
            user=user,
            defaults={
                "score": score,
                "will_try": clean_text(will_try),
                "comment": clean_text(comment),
            },
        )
        if not created:
            raise FeedbackError(_("You already gave feedback on this session."))
        _reward_hosts_if_well_hosted(session)
    return feedback


def _reward_hosts_if_well_hosted(session) -> None:
    minimum, bar = well_hosted_bar()
    figures = SessionFeedback.objects.filter(session=session).aggregate(
        answers=Count("pk"), average=Avg("score")
    )
    if figures["answers"] < minimum or figures["average"] < bar:
        return
    claimed = SessionState.objects.filter(session=session, well_hosted_awarded=False).update(
        well_hosted_awarded=True
    )
    if not claimed:
        return
    for host in [session.host, *session.cohosts.all()]:
        award(
            user=host,
            cause=Cause.SESSION_HOSTED_WELL,
            cause_key=f"session_hosted_well:{session.pk}:{host.pk}",
            topic=session.topic,
            source=session,
        )


def follow_up(*, session, question_id: int, done: bool) -> bool:
    """Turn an open question into a task for the host ("answer in a lesson"), or tick it off."""
    questions = Question.objects.filter(session=session, pk=question_id)
    now = timezone.now()
    if done:
        return bool(questions.filter(follow_up_at__isnull=False).update(follow_up_done_at=now))
    return bool(questions.filter(follow_up_at__isnull=True).update(follow_up_at=now))
