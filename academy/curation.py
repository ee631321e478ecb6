"""Curators' marks on published pages (featured, its order), set without publishing drafts.

A course or session page may have a draft waiting for review. Publishing a revision to
feature the page would publish that draft too, unreviewed; so the mark is written to the live
row and carried into the saved revisions, where a later publish keeps it.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.dispatch import Signal
from wagtail.models import PageLogEntry

from academy.courses.models import CoursePage
from academy.live.models import LiveSessionPage
from academy.pagecache.services import purge_pages_after_commit
from academy.peers.permissions import can

# Sent after a page's curation marks changed, with `page`: the search index re-reads it.
curation_changed = Signal()

LOG_ACTION = "academy.curation"
# Which privilege featuring each page type takes.
FEATURE_PRIVILEGES = {CoursePage: "course.feature", LiveSessionPage: "session.feature"}


def set_featured(*, page, featured: bool, by) -> None:
    """Feature or unfeature a published course or session on the home page."""
    privilege = FEATURE_PRIVILEGES.get(type(page))
    if privilege is None or not can(by, privilege, page):
        raise PermissionDenied
    mark(page, by=by, featured=featured)


@transaction.atomic
def mark(page, *, by, **fields) -> None:
    """Set the fields on the live row and on the live revision and every later one, so
    neither an author's next publish nor the editor's form (built from the latest revision)
    undoes them; no revision is published."""
    type(page).objects.filter(pk=page.pk).update(**fields)
    for name, value in fields.items():
        setattr(page, name, value)
    revisions = page.revisions.all()
    if page.live_revision_id:
        revisions = revisions.filter(pk__gte=page.live_revision_id)
    for revision in revisions:
        revision.content.update(fields)
        revision.save(update_fields=["content"])
    PageLogEntry.objects.log_action(page, LOG_ACTION, user=by, data=fields)
    curation_changed.send(sender=type(page), page=page)
    purge_pages_after_commit()
