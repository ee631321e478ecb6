"""Writes of the catalogue search: counting queries, and the community's content requests."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query as PromotedQuery
from wagtail.contrib.search_promotions.models import SearchPromotion

from academy.pagecache.services import purge_pages_after_commit
from academy.peers.permissions import can
from academy.text import clean_text

from .models import ContentRequest, ContentRequestVote, QueryCount
from .query import normalise

FEW_RESULTS = 3
# Requests and votes a member may make in a day: enough for anyone, not for a script.
DAILY_REQUEST_LIMIT = 30


class ContentRequestError(Exception):
    pass


def record_search(*, text: str, total: int) -> None:
    """Count a search by its normalised words and how much it found; nobody's identity."""
    query = normalise(clean_text(text))
    if not query:
        return
    counts = {
        "searches": F("searches") + 1,
        "zero_results": F("zero_results") + (1 if total == 0 else 0),
        "few_results": F("few_results") + (1 if 0 < total <= FEW_RESULTS else 0),
    }
    today = timezone.localdate()
    if QueryCount.objects.filter(day=today, query=query).update(**counts):
        return
    try:
        with transaction.atomic():
            QueryCount.objects.create(
                day=today,
                query=query,
                searches=1,
                zero_results=int(total == 0),
                few_results=int(0 < total <= FEW_RESULTS),
            )
    except IntegrityError:  # another search of the same words created the row first
        QueryCount.objects.filter(day=today, query=query).update(**counts)


def ask_for_content(*, user, text: str, topic=None) -> ContentRequest:
    """Ask the community for what a search did not find. Asking for what is already asked
    adds a vote to that request instead of a second one."""
    query = normalise(clean_text(text))
    if not query:
        raise ContentRequestError(_("Say what you are looking for."))
    if not can(user, "content_request.ask"):
        raise ContentRequestError(_("You cannot ask for content right now."))
    _check_daily_limit(user)
    with transaction.atomic():
        request = ContentRequest.objects.filter(
            query=query, topic=topic, status=ContentRequest.Status.OPEN
        ).first()
        if request is None:
            try:
                with transaction.atomic():
                    request = ContentRequest.objects.create(query=query, topic=topic)
            except IntegrityError:  # asked at the same moment by someone else
                request = ContentRequest.objects.get(
                    query=query, topic=topic, status=ContentRequest.Status.OPEN
                )
        _add_vote(request, user)
    request.refresh_from_db()
    return request


def vote(*, user, request: ContentRequest) -> bool:
    """Vote for an open request, or take the vote back; True when the member now votes."""
    if not can(user, "content_request.ask"):
        raise ContentRequestError(_("You cannot vote right now."))
    if request.status != ContentRequest.Status.OPEN:
        raise ContentRequestError(_("This request has been answered."))
    with transaction.atomic():
        existing = ContentRequestVote.objects.filter(request=request, user=user)
        if existing.exists():
            existing.delete()
            ContentRequest.objects.filter(pk=request.pk).update(votes=F("votes") - 1)
            return False
        _check_daily_limit(user)
        _add_vote(request, user)
        return True


def _add_vote(request: ContentRequest, user) -> None:
    _vote, created = ContentRequestVote.objects.get_or_create(request=request, user=user)
    if created:
        ContentRequest.objects.filter(pk=request.pk).update(votes=F("votes") + 1)


def _check_daily_limit(user) -> None:
    since = timezone.now() - timedelta(days=1)
    if ContentRequestVote.objects.filter(user=user, created_at__gte=since).count() >= (
        DAILY_REQUEST_LIMIT
    ):
        raise ContentRequestError(
            _("You have asked and voted a lot today. Please come back tomorrow.")
        )


def mark_answered(*, user, request: ContentRequest, page) -> ContentRequest:
    """Close a request with the page that answers it; everyone who asked is emailed."""
    from . import emails

    if not can(user, "content_request.answer", request.topic):
        raise ContentRequestError(_("Only curators and teachers of the topic can do this."))
    if request.status != ContentRequest.Status.OPEN:
        raise ContentRequestError(_("This request has already been answered."))
    if page is None or not page.live:
        raise ContentRequestError(_("Choose a published page that answers the request."))
    with transaction.atomic():
        request.status = ContentRequest.Status.ANSWERED
        request.answer = page
        request.answered_at = timezone.now()
        request.save(update_fields=["status", "answer", "answered_at"])
        emails.request_answered(request, by=user)
    return request


def set_wanted(*, user, request: ContentRequest, wanted: bool) -> ContentRequest:
    """Show an open request on the home page's "Wanted" list, or take it off."""
    if not can(user, "content_request.promote", request):
        raise ContentRequestError(_("Only curators can change the wanted list."))
    if wanted and request.status != ContentRequest.Status.OPEN:
        raise ContentRequestError(_("This request has already been answered."))
    request.wanted_since = timezone.now() if wanted else None
    request.save(update_fields=["wanted_since"])
    purge_pages_after_commit()
    return request


class PromotionError(Exception):
    """A promotion that cannot be pinned, with a message for the curator."""


@transaction.atomic
def pin_promotion(*, user, text: str, page, description: str = "") -> SearchPromotion:
    """Show a published page first for a search, above its hits (Wagtail's search
    promotions, which curators also edit in the admin)."""
    if not can(user, "search.promote"):
        raise PromotionError(_("Only curators can promote pages in search."))
    query_string = normalise(text)
    if not query_string:
        raise PromotionError(_("Say which search the page is for."))
    if page is None or not page.live:
        raise PromotionError(_("Choose a published page."))
    query, _created = PromotedQuery.objects.get_or_create(query_string=query_string)
    if query.editors_picks.filter(page=page).exists():
        raise PromotionError(_("This page is already promoted for that search."))
    query.editors_picks.update(sort_order=F("sort_order") + 1)
    return SearchPromotion.objects.create(
        query=query, page=page, sort_order=0, description=clean_text(description)[:255]
    )
