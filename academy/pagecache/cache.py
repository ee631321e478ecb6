"""Where cached pages live: Django's default cache, which every process shares when
`REDIS_URL` is set.

Each entry remembers the generation it was rendered in. A purge starts a new generation, so
every entry from an earlier one is ignored from then on and replaced on its next request
(decision 42). A page is stored with the generation read before it was rendered: a page that
was being rendered while a change committed is never taken for a fresh one.
"""

import hashlib
import secrets
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation

GENERATION_KEY = "pagecache:generation"
# Set on the request by a middleware before this one when visitors of one address are shown
# different versions of its page (an experiment's variant, `academy/experiments`): each
# version is stored apart. Requests without it keep the keys they always had.
VARIANT = "page_cache_variant"
# A generation lapses after a day without purges, which costs one render per page: it keeps
# abandoned key prefixes (test runs on a shared Redis) from staying for ever.
GENERATION_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Lookup:
    key: str
    generation: str
    hit: HttpResponse | None
    # The Wagtail page the hit shows, for counting views of it (academy/insights).
    page_id: int | None = None


def new_generation() -> str:
    generation = secrets.token_hex(8)
    cache.set(GENERATION_KEY, generation, timeout=GENERATION_SECONDS)
    return generation


def page_key(request: HttpRequest) -> str:
    """One entry per address (scheme, host, path and query string), interface language and
    version of the page, if the request names one."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    described = f"{translation.get_language()} {address}"
    variant = getattr(request, VARIANT, "")
    if variant:
        described = f"{described} {variant}"
    digest = hashlib.sha256(described.encode()).hexdigest()
    return f"pagecache:page:{digest}"


def look_up(request: HttpRequest) -> Lookup:
    """The generation and the stored page in one round trip to the cache."""
    key = page_key(request)
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or _start_generation()
    entry = found.get(key)
    hit = page_id = None
    if entry is not None and entry[0] == generation:
        # Entries stored before pages were remembered with them have no page id.
        _generation, headers, content, *rest = entry
        hit = HttpResponse(content, headers=dict(headers))
        page_id = rest[0] if rest else None
    return Lookup(key=key, generation=generation, hit=hit, page_id=page_id)


def _start_generation() -> str:
    """No generation yet, or it lapsed or was evicted: a new one that no stored entry has."""
    generation = secrets.token_hex(8)
    if cache.add(GENERATION_KEY, generation, timeout=GENERATION_SECONDS):
        return generation
    return cache.get(GENERATION_KEY, generation)


def store(lookup: Lookup, response: HttpResponse, *, seconds: int, page_id: int) -> None:
    entry = (lookup.generation, list(response.items()), response.content, page_id)
    cache.set(lookup.key, entry, timeout=seconds)
