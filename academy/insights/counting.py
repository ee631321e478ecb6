"""Which requests count as a view of a Wagtail page, and where a visitor comes from
(decision 52). Nothing here keeps anything: it only decides.

It runs for every page a visitor gets from the cache, so it reads `request.META` directly
(`request.headers` builds a case-insensitive view on each look-up) and keeps no regular
expression or address parsing on the common path.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from academy.pagecache.middleware import HIT_PAGE_ID, SERVED_PAGE

# User agents that say they are programs: crawlers, link previews, monitors, HTTP libraries.
# A browser's user agent contains none of these words; a request with no user agent at all is
# a program too.
# Matched as lowercase words anywhere in the user agent.
ROBOTS = (
    "bot",
    "crawl",
    "spider",
    "slurp",
    "scrap",
    "archiv",
    "fetch",
    "monitor",
    "uptime",
    "pingdom",
    "preview",
    "headless",
    "lighthouse",
    "facebookexternalhit",
    "embedly",
    "whatsapp",
    "curl",
    "wget",
    "python",
    "httpclient",
    "okhttp",
    "go-http",
    "java/",
    "libwww",
    "axios",
    "node-fetch",
    "postman",
    "feedparser",
    "validator",
)


def counted_page_id(request: HttpRequest, response: HttpResponse) -> int | None:
    """The Wagtail page this response showed a visitor, when it counts as a view: a GET
    answered 200, from the page cache or by Wagtail, to a browser, outside previews, and not
    to a signed-in member of staff."""
    page_id = getattr(request, HIT_PAGE_ID, None)
    if page_id is None:
        page = getattr(request, SERVED_PAGE, None)
        if page is None:
            return None
        page_id = page.pk
    if request.method != "GET" or response.status_code != 200:
        return None
    if getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return None
    if is_robot(request) or is_prefetch(request):
        return None
    if is_staff(getattr(request, "user", None)):
        return None
    return page_id


def is_robot(request: HttpRequest) -> bool:
    agent = request.META.get("HTTP_USER_AGENT", "").lower()
    return not agent or any(word in agent for word in ROBOTS)


def is_prefetch(request: HttpRequest) -> bool:
    """Browsers fetch some pages ahead of a click that may never come."""
    meta = request.META
    purpose = meta.get("HTTP_SEC_PURPOSE") or meta.get("HTTP_PURPOSE") or meta.get("HTTP_X_MOZ")
    return purpose is not None and "prefetch" in purpose


def is_staff(user) -> bool:
    """Curators, moderators and administrators, whose own reading is not the audience's.
    Visitors answered from the page cache have no user here: they are never signed in."""
    if user is None or not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    from academy.peers.permissions import has_role
    from academy.peers.roles import Role

    return has_role(user, Role.CURATOR) or has_role(user, Role.MODERATOR)


def client_address(request: HttpRequest) -> str:
    """The visitor's address: behind a trusted proxy (nginx on the same host), the hop the
    proxy appended last to `X-Forwarded-For`; a client cannot forge that one."""
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and _trusted_proxy(remote):
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return remote


def _trusted_proxy(address: str) -> bool:
    addresses, networks = _proxies(tuple(settings.VISITS_TRUSTED_PROXIES))
    if address in addresses:
        return True
    if not networks:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    ip = getattr(ip, "ipv4_mapped", None) or ip
    return any(ip in network for network in networks)


@lru_cache(maxsize=8)
def _proxies(names: tuple[str, ...]) -> tuple[frozenset[str], list]:
    """The proxies as single addresses (as written, and as servers listening on [::] see
    IPv4 ones) and as networks of more than one address."""
    addresses, networks = set(), []
    for name in names:
        network = ipaddress.ip_network(name, strict=False)
        if network.num_addresses == 1:
            address = network.network_address
            addresses |= {str(address), name}
            if address.version == 4:
                addresses.add(f"::ffff:{address}")
        else:
            networks.append(network)
    return frozenset(addresses), networks
