"""What changes the catalogue index, each synced by a task after its transaction commits.

Tags and other clusterable relations of a page are saved after Wagtail's own index update,
so the catalogue is always rebuilt from the committed page, never from the save in flight."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from academy.courses.models import Enrolment, Topic
from academy.curation import curation_changed
from academy.live.models import Registration, SessionState
from academy.peers.models import Profile, Standing, Suspension

from .models import CatalogueEntry
from .records import INDEXED_PAGE_TYPES


def _sync(*, pages=(), teachers=(), popular_pages=(), popular_teachers=()) -> None:
    from .tasks import sync_catalogue

    arguments = {
        "pages": sorted(set(pages)),
        "teachers": sorted(set(teachers)),
        "popular_pages": sorted(set(popular_pages)),
        "popular_teachers": sorted(set(popular_teachers)),
    }
    if any(arguments.values()):
        transaction.on_commit(lambda: sync_catalogue.enqueue(**arguments))


@receiver(page_published, dispatch_uid="search.page_published")
@receiver(page_unpublished, dispatch_uid="search.page_unpublished")
def _page_changed(sender, instance, **kwargs):
    if isinstance(instance, INDEXED_PAGE_TYPES):
        _sync(pages=[instance.pk])


@receiver(curation_changed, dispatch_uid="search.curation_changed")
def _page_curated(sender, page, **kwargs):
    if isinstance(page, INDEXED_PAGE_TYPES):
        _sync(pages=[page.pk])


@receiver(post_page_move, dispatch_uid="search.page_moved")
@receiver(page_slug_changed, dispatch_uid="search.page_slug_changed")
def _page_address_changed(sender, instance, **kwargs):
    # Every address below the page changed, whatever its type.
    _sync(pages=[instance.pk])


@receiver(post_delete, dispatch_uid="search.page_deleted")
def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, INDEXED_PAGE_TYPES) and type(instance) is sender:
        _sync(pages=[instance.pk])


@receiver(post_delete, sender=CatalogueEntry, dispatch_uid="search.entry_deleted")
def _entry_deleted(sender, instance, **kwargs):
    # Entries are indexed by the backend, not by Wagtail's automatic updates: so is their end.
    from modelsearch.backends import get_search_backend

    get_search_backend().delete(instance)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="search.restricted")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="search.unrestricted")
def _restriction_changed(sender, instance, **kwargs):
    _sync(pages=[instance.page_id])


@receiver(post_save, sender=Topic, dispatch_uid="search.topic_saved")
def _topic_saved(sender, instance, created, **kwargs):
    if created:
        return
    from academy.courses.models import CoursePage
    from academy.live.models import LiveSessionPage

    pages = [
        *CoursePage.objects.filter(topic=instance).values_list("pk", flat=True),
        *LiveSessionPage.objects.filter(topic=instance).values_list("pk", flat=True),
    ]
    teachers = Standing.objects.filter(topic=instance).values_list("user_id", flat=True)
    _sync(pages=pages, teachers=teachers)


@receiver(post_save, sender=SessionState, dispatch_uid="search.session_state")
def _session_state_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is None or "cancelled_at" in update_fields:
        _sync(pages=[instance.session_id])


@receiver(post_save, sender=Profile, dispatch_uid="search.profile_saved")
@receiver(post_save, sender=Standing, dispatch_uid="search.standing_saved")
@receiver(post_delete, sender=Standing, dispatch_uid="search.standing_deleted")
@receiver(post_save, sender=Suspension, dispatch_uid="search.suspension_saved")
def _teacher_changed(sender, instance, **kwargs):
    _sync(teachers=[instance.user_id])


@receiver(post_save, sender=Enrolment, dispatch_uid="search.enrolled")
@receiver(post_delete, sender=Enrolment, dispatch_uid="search.left")
def _enrolments_changed(sender, instance, created=True, **kwargs):
    if not created:
        return
    course = Page.objects.filter(pk=instance.course_id).specific().first()
    if course is None:
        return
    authors = [course.owner_id, *(author.pk for author in course.co_authors.all())]
    _sync(popular_pages=[course.pk], popular_teachers=[pk for pk in authors if pk])


@receiver(post_save, sender=Registration, dispatch_uid="search.registration_saved")
def _registrations_changed(sender, instance, **kwargs):
    session = instance.session
    _sync(popular_pages=[session.pk], popular_teachers=session.host_ids())
