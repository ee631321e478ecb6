"""The two catalogue backends behind one interface: `search`, `finds_any`, `autocomplete`,
`index`, `remove`, `update_popularity` and `rebuild`."""

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from django.conf import settings

from ..records import Record
from ..results import Hit

# Records written per statement (or bulk request) when an index is rebuilt.
BATCH_SIZE = 200


@dataclass
class BackendResults:
    hits: list[Hit]
    total: int
    # Per facet, value -> how many entries it would give with the other filters applied.
    counts: dict[str, Counter] = field(default_factory=dict)
    # "Did you mean" rewrites of the text, when a backend can tell by itself.
    suggestions: list[str] = field(default_factory=list)


def batches(records: Iterable[Record], size: int = BATCH_SIZE) -> Iterator[list[Record]]:
    records = iter(records)
    while batch := list(islice(records, size)):
        yield batch


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
