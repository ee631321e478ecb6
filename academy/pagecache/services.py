"""Purging the page cache: every cached page is rendered again on its next request."""

from django.db import transaction

from . import cache


def purge_pages() -> None:
    """Purge now, for every process sharing the cache."""
    cache.new_generation()


def purge_pages_after_commit() -> None:
    """What every change to shown content calls. The purge waits for the commit, so no page
    rendered from the old content is stored in the new generation. A failed purge is logged
    and never fails or undoes the change (nor the other after-commit work): the stale pages
    then expire within `PAGE_CACHE_SECONDS`, or `manage.py purge_page_cache` clears them."""
    transaction.on_commit(purge_pages, robust=True)
