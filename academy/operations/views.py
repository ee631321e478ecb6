"""Endpoints for the proxy and the orchestrator: plain JSON, no session, no CSRF cookie,
never cached, outside the language prefixes (docs/operations.md)."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from . import health


@never_cache
def healthz(request):
    """The process answers: no backing service is asked."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """Ready to serve when every backing service answers: 200, otherwise 503."""
    checks = health.readiness()
    ready = all(check["status"] == "ok" for check in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "error", "checks": checks}, status=200 if ready else 503
    )
