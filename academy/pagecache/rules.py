"""Who may get a page from the cache, and which rendered pages may be kept for everyone
(decision 42)."""

from functools import lru_cache

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

# Cache-Control directives by which a response says it belongs to one visitor or none.
PERSONAL_DIRECTIVES = {"private", "no-cache", "no-store"}


def may_look_up(request: HttpRequest) -> bool:
    """An anonymous visitor reading: no session (members have one, and so has anyone the site
    remembers something for) and no message waiting to be shown. Wagtail's previews run
    through the middleware too, as a dummy request that may carry no cookie at all."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not getattr(request, "is_dummy", False)
        and not request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        and not request.COOKIES.get(CookieStorage.cookie_name)
        and _routed_to_wagtail(request)
    )


def _routed_to_wagtail(request: HttpRequest) -> bool:
    """Only Wagtail's page view is ever answered from the cache, whatever was stored."""
    urlconf = getattr(request, "urlconf", None) or settings.ROOT_URLCONF
    return _serves_pages(urlconf, translation.get_language(), request.path_info)


# Wagtail's view comes last in the URL patterns, so resolving an address tries all the others
# first: a tenth of a cached page's time. The answer is the same for every request to it.
@lru_cache(maxsize=4096)
def _serves_pages(urlconf: str, language: str, path: str) -> bool:
    try:
        return resolve(path, urlconf).func is wagtail_serve
    except Resolver404:
        return False


def may_keep(request: HttpRequest, response: HttpResponse, page: Page) -> bool:
    """A complete page that any visitor could have been given. A CSRF token, a message or a
    session started while rendering all set a cookie, so such pages are never kept."""
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.session.modified
        and not _personal(response)
        and _page_may_be_cached(page)
    )


def _page_may_be_cached(page: Page) -> bool:
    """Page types opt out with `cache_for_visitors = False`; pages behind a password, a login
    or a group (their own or an ancestor's) are never cached."""
    return getattr(page, "cache_for_visitors", True) and not page.get_view_restrictions().exists()


def _personal(response: HttpResponse) -> bool:
    directives = {
        directive.split("=")[0].strip().lower()
        for directive in response.get("Cache-Control", "").split(",")
    }
    return bool(directives & PERSONAL_DIRECTIVES)
