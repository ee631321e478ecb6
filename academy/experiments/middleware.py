"""Assigns home page visitors to the running experiment's variants, before the page cache.

It sits after `LocaleMiddleware` (the home page's address depends on the language) and
before `PageCacheMiddleware`, so that:

- the page cache looks B's visitors up under a key of their own (`pagecache.cache.VARIANT`),
  and A's visitors share the page everyone got before the experiment;
- the cookie of a newly assigned browser is set here, on the way out, also on a page the
  cache answered, and is never part of what the cache stores.
"""

import logging
from functools import lru_cache

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers
from wagtail.views import serve as wagtail_serve

from academy.pagecache.cache import VARIANT

from . import assignment, selectors, services

logger = logging.getLogger(__name__)


class ExperimentMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        running, chosen, new = self._assign(request)
        setattr(request, assignment.REQUEST_ATTRIBUTE, chosen)
        if chosen is not None and chosen.is_b:
            setattr(request, VARIANT, f"experiment-{chosen.experiment_id}-{chosen.variant}")
        response = self.get_response(request)
        if running:
            # Shared caches between us and the visitor must not give one variant to another.
            patch_vary_headers(response, ("Cookie",))
        if new:
            assignment.remember(response, chosen)
        return response

    def _assign(self, request) -> tuple[bool, assignment.Assignment | None, bool]:
        """Whether an experiment runs on this page, the visitor's assignment (None: the
        control) and whether it is new."""
        if (
            request.method not in ("GET", "HEAD")
            or getattr(request, "is_dummy", False)  # Wagtail's previews
            or not is_home_page(request)
        ):
            return False, None, False
        experiment_id = selectors.running_experiment_id()
        if experiment_id is None:
            return False, None, False
        if assignment.opted_out(request) or assignment.automated(request):
            return True, None, False
        carried = assignment.from_cookie(request.COOKIES.get(assignment.COOKIE_NAME))
        if carried is not None and carried.experiment_id == experiment_id:
            return True, carried, False
        if request.method != "GET":
            return True, None, False
        drawn = assignment.draw(experiment_id)
        try:
            counted = services.count_exposure(assignment=drawn)
        except Exception:
            # The page matters more than the count: this visitor sees the control, uncounted.
            logger.exception("Could not count an exposure of experiment %s", experiment_id)
            counted = False
        if not counted:
            return True, None, False
        return True, drawn, True


def is_home_page(request) -> bool:
    """The site's root address, in any language: where the featured block is shown."""
    urlconf = getattr(request, "urlconf", None) or settings.ROOT_URLCONF
    return _is_site_root(urlconf, translation.get_language(), request.path_info)


# Remembered per process like the page cache's own routing question (pagecache/rules.py).
@lru_cache(maxsize=1024)
def _is_site_root(urlconf: str, language: str, path: str) -> bool:
    try:
        match = resolve(path, urlconf)
    except Resolver404:
        return False
    return match.func is wagtail_serve and tuple(match.args) == ("",)
