"""Where notifications lead: stored without a language prefix, opened in the reader's, and
only ever to a page of this site."""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_from_path, override


def neutral(url: str) -> str:
    """The address to store: a path on this site in the default language.

    Producers build links in whatever language the request that caused them was in (the
    actor's, not the reader's); an absolute link to this site becomes its path.
    """
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    if url.startswith(base + "/"):
        url = url[len(base) :]
    language = get_language_from_path(urlsplit(url).path)
    if language and language != settings.LANGUAGE_CODE:
        with override(language):
            return translate_url(url, settings.LANGUAGE_CODE)
    return url


def localized(url: str, language: str) -> str:
    """A stored address in the reader's language (unchanged when it is not one of ours)."""
    with override(settings.LANGUAGE_CODE):
        return translate_url(url, language)


def target(url: str, language: str) -> str:
    """Where a stored address leads the reader (the opened notification, the link in an
    email): the page in their language, or the list of notifications when the address is
    not a path on this site. Rows written before `notify` refused such addresses, or by
    anything but `notify`, are checked here too."""
    path = localized(url, language)
    if is_local(path):
        return path
    return notification_list(language)


def notification_list(language: str) -> str:
    """The member's list of notifications, in `language`."""
    with override(language):
        return reverse("notifications:list")


def is_local(url: str) -> bool:
    """A path on this site: never another host, a scheme or a protocol-relative address."""
    return url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=None)


def absolute(path: str) -> str:
    """An address for an email: the site's canonical base and the path."""
    return settings.WAGTAILADMIN_BASE_URL + path
