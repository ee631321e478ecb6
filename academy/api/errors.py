"""Every error of the API has one shape: {"error": {"code", "message", "fields"}}."""

from django.http import JsonResponse
from django.utils.translation import gettext as _


class ApiError(Exception):
    def __init__(self, *, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(*, status: int, code: str, message: str, fields=()) -> JsonResponse:
    body = {"code": code, "message": message, "fields": list(fields)}
    return JsonResponse({"error": body}, status=status)


def not_found() -> ApiError:
    return ApiError(status=404, code="not_found", message=_("There is no such public page."))


def invalid_parameters(errors: list[dict]) -> JsonResponse:
    """Pydantic's errors as one line per parameter, without echoing the value back."""
    fields = [{"name": str(error["loc"][-1]), "message": error["msg"]} for error in errors]
    return error_response(
        status=400,
        code="invalid_parameter",
        message=_("Some parameters are not valid."),
        fields=fields,
    )
