from django_tasks import task

from . import indexing


@task()
def sync_catalogue(
    pages: list[int], teachers: list[int], popular_pages: list[int], popular_teachers: list[int]
) -> None:
    """Bring the catalogue index in line with content that changed (see `signals.py`)."""
    if pages:
        indexing.sync_pages(pages)
    if teachers:
        indexing.sync_teachers(teachers)
    if popular_pages or popular_teachers:
        indexing.sync_popularity(popular_pages, popular_teachers)
