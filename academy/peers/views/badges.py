"""The badge pages: every badge with how to earn it, one badge with its holders, and the
drawn emblem of a badge."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from ..selectors import badges as badge_selectors

HOLDERS_PER_PAGE = 24


@require_safe
def badge_list(request):
    return render(
        request,
        "peers/badges/badge_list.html",
        {
            "badges": badge_selectors.all_badges(),
            "held": badge_selectors.slugs_held(user=request.user),
        },
    )


@require_safe
def badge_detail(request, slug):
    badge = badge_selectors.get_badge_or_404(slug=slug)
    holders = Paginator(badge_selectors.holders_of(badge=badge), HOLDERS_PER_PAGE)
    return render(
        request,
        "peers/badges/badge_detail.html",
        {"badge": badge, "holders": holders.get_page(request.GET.get("page"))},
    )


@require_safe
@cache_control(public=True, max_age=24 * 60 * 60)
def badge_image(request, slug):
    badge = badge_selectors.get_badge_or_404(slug=slug)
    response = HttpResponse(
        render_to_string(
            "peers/badges/emblem.svg", {"badge": badge, "definition": badge.definition}
        ),
        content_type="image/svg+xml",
    )
    # Opened on its own, the drawing may not run anything or load anything.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    response["X-Content-Type-Options"] = "nosniff"
    return response
