"""Everything shown on cached pages purges them when it changes (decision 42).

Not here, on purpose: enrolments, ratings and kudos (their counts may lag by up to
`PAGE_CACHE_SECONDS`, decision 43) and live sessions' registrations and states (live pages
are not cached). Removing reported content purges from `peers.services.moderation`, whose
bulk update sends no signal."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from academy.courses.models import PracticeReport, Topic
from academy.peers.models import Profile
from cms.models import SiteSettings

from .services import purge_pages_after_commit

PAGE_SIGNALS = {
    "page_published": page_published,
    "page_unpublished": page_unpublished,
    "post_page_move": post_page_move,
    "page_slug_changed": page_slug_changed,
}


def _purge(sender, **kwargs):
    purge_pages_after_commit()


def _member_saved(sender, created, update_fields=None, **kwargs):
    # Pages show usernames when a member has no display name; signing in and signing up
    # change nothing shown.
    if not created and (update_fields is None or "username" in update_fields):
        purge_pages_after_commit()


def connect() -> None:
    # Publishing (by hand, by a workflow or on schedule), unpublishing, moving, reordering,
    # renaming and deleting pages: what a page shows of its neighbours (menus, cards,
    # syllabus, links) goes with it.
    for name, signal in PAGE_SIGNALS.items():
        signal.connect(_purge, dispatch_uid=f"pagecache.{name}")
    post_delete.connect(_purge, sender=Page, dispatch_uid="pagecache.page_deleted")
    shown = [
        PageViewRestriction,
        Site,
        SiteSettings,
        Topic,
        Profile,
        PracticeReport,
        get_image_model(),
        get_document_model(),
    ]
    for model in shown:
        label = model._meta.label_lower
        post_save.connect(_purge, sender=model, dispatch_uid=f"pagecache.saved.{label}")
        post_delete.connect(_purge, sender=model, dispatch_uid=f"pagecache.deleted.{label}")
    post_save.connect(_member_saved, sender=get_user_model(), dispatch_uid="pagecache.member")
