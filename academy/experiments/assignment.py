"""Which variant a visitor sees, kept in a first-party cookie that names only the experiment
and the letter, such as `7.B`: no identifier, nothing about the visitor.

A browser is assigned at random, half and half, the first time it asks for the home page
while an experiment runs, and keeps its letter for as long as the cookie lasts. Browsers that
ask not to be tracked (`Sec-GPC: 1`, `DNT: 1`) and crawlers see the control, get no cookie
and are not counted.
"""

import re
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from .models import Variant

COOKIE_NAME = "academy_experiment"
COOKIE_MAX_AGE = 90 * 24 * 60 * 60
# Set on the request by the middleware: the visitor's `Assignment`, or None for the control.
REQUEST_ATTRIBUTE = "experiment_assignment"

_COOKIE_VALUE = re.compile(r"(?P<experiment>[1-9][0-9]{0,17})\.(?P<variant>[AB])")
# Crawlers would be counted as visitors who never enrol, diluting both variants alike.
_AUTOMATED = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|monitor|curl|wget|python", re.I
)


@dataclass(frozen=True)
class Assignment:
    experiment_id: int
    variant: str

    @property
    def cookie_value(self) -> str:
        return f"{self.experiment_id}.{self.variant}"

    @property
    def is_b(self) -> bool:
        return self.variant == Variant.B


def from_cookie(value: str | None) -> Assignment | None:
    match = _COOKIE_VALUE.fullmatch(value or "")
    if match is None:
        return None
    return Assignment(int(match["experiment"]), match["variant"])


def carried_by(request: HttpRequest) -> Assignment | None:
    """The assignment the request's cookie names, unless the browser now asks not to be
    tracked. Whether its experiment still runs is for the caller to check."""
    if opted_out(request):
        return None
    return from_cookie(request.COOKIES.get(COOKIE_NAME))


def of(request: HttpRequest) -> Assignment | None:
    """What the middleware decided for this request; None means the control."""
    return getattr(request, REQUEST_ATTRIBUTE, None)


def opted_out(request: HttpRequest) -> bool:
    return request.headers.get("Sec-GPC") == "1" or request.headers.get("DNT") == "1"


def automated(request: HttpRequest) -> bool:
    agent = request.headers.get("User-Agent", "")
    return not agent or _AUTOMATED.search(agent) is not None


def draw(experiment_id: int) -> Assignment:
    """A new visitor's variant: a fair coin from the system's random source."""
    return Assignment(experiment_id, (Variant.A, Variant.B)[secrets.randbelow(2)].value)


def remember(response: HttpResponse, assignment: Assignment) -> None:
    response.set_cookie(
        COOKIE_NAME,
        assignment.cookie_value,
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.EXPERIMENT_COOKIE_SECURE,
    )
