"""Anonymous visitors get Wagtail pages from the cache, before Wagtail routes the request.

Only pages Wagtail served are stored (`wagtail_hooks.py` marks the request), and only
addresses Wagtail's page view serves are looked up: no other view is cached by accident.
The middleware sits after `LocaleMiddleware`, which has picked the language from the path,
and before the session, CSRF, authentication and message middleware, which a cached page
does not need.
"""

from django.conf import settings
from django.utils.cache import patch_vary_headers

from . import cache, lifetime, rules

# Set on the request by the `before_serve_page` hook: the Wagtail page being served.
SERVED_PAGE = "page_cache_served_page"
# Set on the request when it is answered from the cache: the id of the page it shows.
HIT_PAGE_ID = "page_cache_hit_page_id"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        lookup = cache.look_up(request) if rules.may_look_up(request) else None
        if lookup is not None and lookup.hit is not None:
            lookup.hit["X-Cache"] = "HIT"
            # As on a rendered page: a signed-in member gets another page at this address.
            patch_vary_headers(lookup.hit, ("Cookie",))
            setattr(request, HIT_PAGE_ID, lookup.page_id)
            return lookup.hit
        response = self.get_response(request)
        page = getattr(request, SERVED_PAGE, None)
        if page is None or not settings.PAGE_CACHE_SECONDS:
            return response
        seconds = lifetime.seconds_to_keep(request)
        kept = lookup is not None and seconds > 0 and rules.may_keep(request, response, page)
        if kept:
            cache.store(lookup, response, seconds=seconds, page_id=page.pk)
        response["X-Cache"] = "MISS" if kept else "BYPASS"
        return response
