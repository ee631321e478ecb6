"""Pages that change with the clock say until when they are right.

A page listing upcoming sessions is wrong once the first of them ends, though nothing was
published: it calls `fresh_until` while rendering, and the cache keeps it no longer than that
(and never longer than `PAGE_CACHE_SECONDS`).
"""

from datetime import datetime

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

# Set on the request while a page renders: the earliest moment its content goes stale.
FRESH_UNTIL = "page_cache_fresh_until"


def fresh_until(request: HttpRequest, moment: datetime) -> None:
    earlier = getattr(request, FRESH_UNTIL, None)
    if earlier is None or moment < earlier:
        setattr(request, FRESH_UNTIL, moment)


def seconds_to_keep(request: HttpRequest, now: datetime | None = None) -> int:
    """How long the page rendered for this request may be kept; 0 when not at all."""
    seconds = settings.PAGE_CACHE_SECONDS
    moment = getattr(request, FRESH_UNTIL, None)
    if moment is not None:
        left = (moment - (now or timezone.now())).total_seconds()
        seconds = min(seconds, int(left))
    return max(seconds, 0)
