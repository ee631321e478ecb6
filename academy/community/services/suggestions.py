"""Good answers flow back into lessons: an answer offered to the lesson's authors, who apply
or decline it from the admin."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.courses.models import LessonPage

from .. import notices
from ..models import LessonSuggestion, Post
from .errors import DiscussionError, require


def suggest_improvement(*, user, post: Post) -> tuple[LessonSuggestion, bool]:
    """Offer a reply under a lesson as an improvement of it. Returns the suggestion and
    whether it is new; offering the same answer again changes nothing."""
    require(user, "discussion.suggest", post)
    lesson = post.thread.page.specific
    if not isinstance(lesson, LessonPage):
        raise DiscussionError(_("Only answers under a lesson can improve it."))
    if post.is_opening or post.state != Post.State.VISIBLE:
        raise DiscussionError(_("Only a shown reply can be suggested."))
    existing = LessonSuggestion.objects.filter(post=post).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            suggestion = LessonSuggestion.objects.create(
                lesson=lesson, post=post, suggested_by=user
            )
            notices.suggestion_made(suggestion)
    except IntegrityError:
        return LessonSuggestion.objects.get(post=post), False
    return suggestion, True


@transaction.atomic
def decide_suggestion(*, user, suggestion: LessonSuggestion, applied: bool) -> None:
    require(user, "suggestion.decide", suggestion)
    if suggestion.status != LessonSuggestion.Status.OPEN:
        raise DiscussionError(_("This suggestion was already decided."))
    suggestion.status = (
        LessonSuggestion.Status.APPLIED if applied else LessonSuggestion.Status.DECLINED
    )
    suggestion.decided_by, suggestion.decided_at = user, timezone.now()
    suggestion.save(update_fields=["status", "decided_by", "decided_at"])
