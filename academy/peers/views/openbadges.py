"""Open Badges 2.0 hosted verification: public JSON-LD for the issuer, each badge and each
award, readable from any origin.

These URLs are mounted outside the language prefixes (`academy/urls.py`): an assertion's
`id` is where verifiers fetch it, so it must never change with the reader's language.
"""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .. import badges, openbadges
from ..selectors import badges as badge_selectors

CONTENT_TYPE = "application/ld+json"


def _json(document: dict, *, status: int = 200) -> JsonResponse:
    response = JsonResponse(
        document, status=status, content_type=CONTENT_TYPE, json_dumps_params={"indent": 2}
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _not_found() -> JsonResponse:
    return _json(
        {"error": {"code": "not_found", "message": _("There is no such badge document.")}},
        status=404,
    )


# Short caching: a revoked award must stop verifying soon.
public = cache_control(public=True, max_age=5 * 60)


@require_safe
@public
def issuer(request):
    return _json(openbadges.issuer())


@require_safe
@public
def badge_class(request, slug):
    if badges.definition(slug) is None:
        return _not_found()
    return _json(openbadges.badge_class(badge_selectors.get_badge_or_404(slug=slug)))


@require_safe
@public
def assertion(request, uid):
    award = badge_selectors.award_by_uid(uid)
    if award is None:
        return _not_found()
    if not award.user.is_active:
        return _json(openbadges.revoked(award), status=410)
    return _json(openbadges.assertion(award))
