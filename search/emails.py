"""What the academy emails members about their content requests, sent after commit."""

from django.conf import settings
from django.utils.translation import gettext as _

from academy.peers.services.notifications import send


def request_answered(request) -> None:
    """One email to each member who asked or voted: the community made what they wanted."""
    for vote in request.voters.select_related("user"):
        send(
            to=[vote.user.email],
            subject=_("Your request was answered: %(query)s") % {"query": request.query},
            template="search/email/request_answered.txt",
            context={
                "request": request,
                "answer_url": settings.WAGTAILADMIN_BASE_URL + (request.answer.url or ""),
                "member": vote.user,
            },
        )
