"""The two catalogue backends behind one interface: `search`, `count`, `autocomplete`,
`index`, `remove`, `update_popularity` and `rebuild`."""

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings

from ..results import Hit


@dataclass
class BackendResults:
    hits: list[Hit]
    total: int
    # Per facet, value -> how many entries it would give with the other filters applied.
    counts: dict[str, Counter] = field(default_factory=dict)
    # "Did you mean" rewrites of the text, when a backend can tell by itself.
    suggestions: list[str] = field(default_factory=list)


@cache
def _backend(name: str):
    if name == "elasticsearch":
        from .elastic import ElasticsearchBackend

        return ElasticsearchBackend(settings.ELASTICSEARCH_URL)
    from .database import DatabaseBackend

    return DatabaseBackend()


def get_backend():
    """The backend the settings choose: Elasticsearch when `ELASTICSEARCH_URL` is set."""
    return _backend(settings.CATALOGUE_SEARCH_BACKEND)
