"""Endpoints for the proxy, the orchestrator and Prometheus: plain JSON or text, no session,
no CSRF cookie, never cached, outside the language prefixes (docs/operations.md)."""

import hmac
import ipaddress

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from prometheus_client import CONTENT_TYPE_LATEST

from . import health, metrics


@never_cache
def healthz(request):
    """The process answers: no backing service is asked."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """Ready to serve when every backing service answers: 200, otherwise 503."""
    checks = health.readiness()
    ready = all(check["ok"] for check in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "error", "checks": checks}, status=200 if ready else 503
    )


@never_cache
def prometheus_metrics(request):
    # 404 rather than 403: the endpoint does not exist for anyone who may not scrape it.
    if not may_scrape(request):
        raise Http404
    return HttpResponse(metrics.exposition(), content_type=CONTENT_TYPE_LATEST)


def may_scrape(request) -> bool:
    """From an allowed address (every hop the request names: behind nginx REMOTE_ADDR is
    nginx's own), or with the bearer token when one is set."""
    token = settings.METRICS_TOKEN
    offered = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if token and offered and hmac.compare_digest(offered.encode(), token.encode()):
        return True
    forwarded = request.headers.get("X-Forwarded-For", "").split(",")
    hops = [request.META.get("REMOTE_ADDR", ""), *filter(None, map(str.strip, forwarded))]
    return all(_allowed(hop) for hop in hops)


def _allowed(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    # A server listening on [::] sees IPv4 clients as ::ffff:a.b.c.d.
    ip = getattr(ip, "ipv4_mapped", None) or ip
    return any(
        ip in ipaddress.ip_network(net, strict=False) for net in settings.METRICS_ALLOWED_IPS
    )
