"""Keep the catalogue index in step with the content: pages, teachers and popularity are
synced by ids, after the change that concerns them has committed."""

from collections.abc import Callable, Iterable

from django.contrib.auth import get_user_model
from wagtail.models import Page

from .backends import get_backend
from .records import INDEXED_PAGE_TYPES, RecordBuilder, all_records, page_key, teacher_key


def _subtree(page_ids: Iterable[int]):
    """Each page and every page below it that is of an indexed type, or None for a page
    that no longer exists."""
    for page_id in page_ids:
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            yield page_id, None
            continue
        below = Page.objects.descendant_of(page, inclusive=True).type(*INDEXED_PAGE_TYPES)
        for descendant in below.specific().iterator(chunk_size=200):
            yield descendant.pk, descendant


def sync_pages(page_ids: Iterable[int]) -> None:
    """Index the pages (and what is below them) as they are now: published ones are
    (re)indexed, the others, deleted ones included, removed."""
    builder, records, gone = RecordBuilder(), [], []
    for page_id, page in _subtree(page_ids):
        record = builder.for_page(page) if page is not None else None
        if record is None:
            gone.append(page_key(page_id))
        else:
            records.append(record)
    _write(records, gone)


def sync_teachers(user_ids: Iterable[int]) -> None:
    builder, records, gone = RecordBuilder(), [], []
    users = {user.pk: user for user in get_user_model().objects.filter(pk__in=list(user_ids))}
    for user_id in user_ids:
        record = builder.for_teacher(users[user_id]) if user_id in users else None
        if record is None:
            gone.append(teacher_key(user_id))
        else:
            records.append(record)
    _write(records, gone)


def _write(records, gone_keys) -> None:
    backend = get_backend()
    backend.index(records)
    backend.remove(gone_keys)


def sync_popularity(page_ids: Iterable[int], teacher_ids: Iterable[int] = ()) -> None:
    """Learners and registrations changed: update how popular the entries are, without
    reindexing their text."""
    builder, popularity = RecordBuilder(), {}
    for _page_id, page in _subtree(page_ids):
        record = page is not None and builder.for_page(page)
        if record:
            popularity[record.key] = record.popularity
    users = get_user_model().objects.filter(pk__in=list(teacher_ids))
    for user in users:
        record = builder.for_teacher(user)
        if record:
            popularity[record.key] = record.popularity
    get_backend().update_popularity(popularity)


def rebuild(*, progress: Callable[[int], None]) -> int:
    """Rebuild the whole index from the content; returns how many entries it holds."""
    return get_backend().rebuild(all_records(), progress=progress)
