"""What the academy tells members about their content requests: a notification each (see
`academy.notifications`), emailed with the wording below when their settings ask."""

from django.utils.translation import gettext as _

from academy.notifications.links import absolute
from academy.notifications.services import Email, notify


def request_answered(request, *, by=None) -> None:
    """Everyone who asked or voted hears that the community made what they wanted (except
    the member who answered it, who knows)."""
    answer_url = request.answer.url or ""
    for vote in request.voters.select_related("user"):
        notify(
            recipient=vote.user,
            kind="request_answered",
            url=answer_url,
            actor=by,
            params={"query": request.query, "answer_title": request.answer.title},
            email=Email(
                subject=_("Your request was answered: %(query)s") % {"query": request.query},
                template="search/email/request_answered.txt",
                context={
                    "request": request,
                    "answer_url": absolute(answer_url),
                    "member": vote.user,
                },
            ),
        )
