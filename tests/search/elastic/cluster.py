"""A real Elasticsearch cluster for the live tests: each test backend has an index prefix of
its own and drops its indices afterwards, so a shared cluster is safe."""

import uuid

import pytest
from django.conf import settings

from search.backends.elastic import ElasticsearchBackend


def skip_without_cluster() -> None:
    if not settings.ELASTICSEARCH_URL:
        pytest.skip(
            "ELASTICSEARCH_URL is not set: the Elasticsearch backend runs against a real "
            "cluster only",
            allow_module_level=True,
        )


class VisibleWrites(ElasticsearchBackend):
    """Each write is searchable at once, as on the database, so tests need not wait for
    Elasticsearch's periodic refresh."""

    def index(self, records) -> None:
        super().index(records)
        refresh(self)

    def remove(self, keys) -> None:
        super().remove(keys)
        refresh(self)

    def update_popularity(self, popularity) -> None:
        super().update_popularity(popularity)
        refresh(self)


def backend() -> VisibleWrites:
    return VisibleWrites(settings.ELASTICSEARCH_URL, prefix=f"academy-test-{uuid.uuid4().hex[:12]}")


def refresh(backend: ElasticsearchBackend) -> None:
    backend.client.indices.refresh(index=list(backend.aliases.values()), ignore_unavailable=True)


def drop(backend: ElasticsearchBackend) -> None:
    patterns = [f"{alias}-*" for alias in backend.aliases.values()]
    names = list(backend.client.indices.get(index=patterns))
    if names:
        backend.client.indices.delete(index=names)
