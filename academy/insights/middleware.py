"""Counts views of Wagtail pages, whether the page cache or Wagtail answered (decision 52).

It sits just before the page cache's middleware, which answers anonymous visitors before
Wagtail runs: on the way out it sees every page response, cached or rendered. What it costs a
cached page: a few header checks, one keyed hash and a dictionary update; the database is
written in batches (`services.visits`).
"""

import logging

from django.conf import settings

from . import counting
from .services import visits

log = logging.getLogger(__name__)


class VisitCountingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.COUNT_VISITS:
            page_id = counting.counted_page_id(request, response)
            if page_id is not None:
                self._count(request, page_id)
        return response

    def _count(self, request, page_id: int) -> None:
        try:
            visits.record_view(
                page_id=page_id,
                address=counting.client_address(request),
                user_agent=request.META.get("HTTP_USER_AGENT", ""),
                host=request.META.get("HTTP_HOST", ""),
            )
        except Exception as error:
            # Counting must never cost a visitor their page. Only the kind of error is
            # logged: a traceback's frames hold the address and user agent, which must not
            # reach the logs or an error reporter.
            log.error("A page view could not be counted: %s", type(error).__name__)
