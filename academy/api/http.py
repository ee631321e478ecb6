"""Only reading: GET and HEAD answer, OPTIONS says so, every other method gets a JSON 405."""

from functools import wraps

from django.http import HttpResponse
from django.urls import URLPattern
from django.utils.translation import gettext as _

from .errors import error_response

ALLOWED = "GET, HEAD, OPTIONS"


def read_only(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
        elif request.method in ("GET", "HEAD"):
            head = request.method == "HEAD"
            request.method = "GET"
            response = view(request, *args, **kwargs)
            if head:
                response.content = b""
        else:
            response = error_response(
                status=405,
                code="method_not_allowed",
                message=_("This API only reads: use GET."),
            )
        response["Allow"] = ALLOWED
        return response

    return wrapper


def read_only_patterns(patterns) -> list[URLPattern]:
    return [
        URLPattern(item.pattern, read_only(item.callback), item.default_args, item.name)
        for item in patterns
    ]
