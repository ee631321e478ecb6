"""The default backend: Wagtail's search over the `CatalogueEntry` table, on PostgreSQL full
text search or SQLite FTS5, whichever database the academy runs on."""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from django.db import connections, transaction
from django.db.models import Case, Count, F, FloatField, Value, When
from modelsearch.backends import get_search_backend
from modelsearch.query import Or, PlainText

from ..highlight import mark, snippet
from ..models import CatalogueEntry
from ..query import FACETS, CatalogueQuery, words
from ..records import Record
from ..results import Hit, Suggestion
from . import BackendResults

FEATURED_BOOST = 1.5
TITLE_BOOST = 2.0
EXACT_TITLE_BOOST = 4.0
FACET_COLUMNS = {
    "kind": "kind",
    "topic": "topic_id",
    "level": "level",
    "language": "language",
    "length": "length",
}


def _expression(query: CatalogueQuery):
    """Every variant of the text (the text and its synonym rewrites), all words required."""
    variants = [PlainText(text, operator="and") for text in query.variants]
    return variants[0] if len(variants) == 1 else Or(variants)


def _matched(queryset, query: CatalogueQuery, *, scored: bool):
    """The entries that match the text as a Django queryset, so the database can count,
    group and order them. Annotated with `_score` when asked (higher is better on
    PostgreSQL, lower on SQLite's bm25)."""
    if not query.text:
        return queryset
    backend = get_search_backend()
    results = backend.search(_expression(query), queryset, order_by_relevance=scored)
    if scored:
        results = results.annotate_score("_score")
    return results.get_queryset()


def _relevance(queryset, text: str):
    """The backend's score, multiplied by 4 when the title is the query, by 2 when it
    contains it, and by 1.5 for featured entries."""
    title = Case(
        When(title__iexact=text, then=Value(EXACT_TITLE_BOOST)),
        When(title__icontains=text, then=Value(TITLE_BOOST)),
        default=Value(1.0),
        output_field=FloatField(),
    )
    featured = Case(
        When(featured=True, then=Value(FEATURED_BOOST)),
        default=Value(1.0),
        output_field=FloatField(),
    )
    score = F("_score") * title * featured
    # SQLite's bm25 is negative, and the better the match, the lower it is.
    best_first = score.asc() if connections[queryset.db].vendor == "sqlite" else score.desc()
    return queryset.order_by(best_first, "-popularity", "-pk")


class DatabaseBackend:
    name = "database"

    # Reading -------------------------------------------------------------------------------

    def search(self, query: CatalogueQuery) -> BackendResults:
        visible = CatalogueEntry.objects.filter(audience__in=query.audiences)
        groups = self._groups(_matched(visible, query, scored=False))
        counts = _facet_counts(groups, query)
        total = sum(count for row, count in groups if _passes(row, query, skip=None))
        entries = list(self._page(visible, query)) if total else []
        terms = [word for text in query.variants for word in words(text)]
        hits = [_hit(entry, terms) for entry in entries]
        return BackendResults(hits=hits, total=total, counts=counts)

    def _groups(self, matched) -> list[tuple[dict, int]]:
        rows = matched.order_by().values(*FACET_COLUMNS.values()).annotate(entries=Count("pk"))
        return [
            ({facet: row[column] for facet, column in FACET_COLUMNS.items()}, row["entries"])
            for row in rows
        ]

    def _page(self, visible, query: CatalogueQuery):
        filtered = _filtered(visible, query)
        # Ordered after matching: Wagtail's search refuses an ordering on fields it does not
        # index, such as pk.
        if query.sort == "newest":
            ordered = _matched(filtered, query, scored=False).order_by("-date", "-pk")
        elif query.sort == "relevance" and not query.text:
            ordered = filtered.order_by("-featured", "-date", "-pk")
        elif query.sort == "popular":
            ordered = _matched(filtered, query, scored=False).order_by(
                "-popularity", "-date", "-pk"
            )
        else:
            ordered = _relevance(_matched(filtered, query, scored=True), query.text)
        return ordered.select_related("topic")[query.offset : query.offset + query.per_page]

    def autocomplete(self, prefix: str, *, audiences, limit: int) -> list[Suggestion]:
        visible = CatalogueEntry.objects.filter(audience__in=audiences).exclude(kind="teacher")
        entries = get_search_backend().autocomplete(prefix, visible)[:limit]
        return [Suggestion(kind=entry.kind, title=entry.title, url=entry.url) for entry in entries]

    def count(self, query: CatalogueQuery) -> int:
        visible = CatalogueEntry.objects.filter(audience__in=query.audiences)
        return _matched(_filtered(visible, query), query, scored=False).count()

    # Writing -------------------------------------------------------------------------------

    def index(self, records: Iterable[Record]) -> None:
        from .. import vocabulary

        records = list(records)
        index = get_search_backend()
        with transaction.atomic():
            for record in records:
                entry, _created = CatalogueEntry.objects.update_or_create(
                    key=record.key, defaults=_columns(record)
                )
                index.add(entry)
            vocabulary.add(records)

    def remove(self, keys: Iterable[str]) -> None:
        # Deleting an entry drops its index row too (signals.py).
        CatalogueEntry.objects.filter(key__in=list(keys)).delete()

    def update_popularity(self, popularity: dict[str, int]) -> None:
        for key, value in popularity.items():
            CatalogueEntry.objects.filter(key=key).update(popularity=value)

    def rebuild(self, records: Iterable[Record], *, progress: Callable[[int], None]) -> int:
        """Replace the whole index in one transaction: searches keep seeing the old entries
        until the new ones are committed."""
        from .. import vocabulary

        built = 0
        with transaction.atomic():
            seen = set()
            batch: list[Record] = []
            for record in records:
                batch.append(record)
                seen.add(record.key)
                if len(batch) == 200:
                    built += self._write_batch(batch)
                    progress(len(batch))
                    batch = []
            if batch:
                built += self._write_batch(batch)
                progress(len(batch))
            CatalogueEntry.objects.exclude(key__in=seen).delete()
            vocabulary.rebuild()
        return built

    def _write_batch(self, batch: list[Record]) -> int:
        existing = dict(
            CatalogueEntry.objects.filter(key__in=[r.key for r in batch]).values_list("key", "pk")
        )
        entries = [CatalogueEntry(pk=existing.get(r.key), **_columns(r), key=r.key) for r in batch]
        new = [entry for entry in entries if entry.pk is None]
        old = [entry for entry in entries if entry.pk is not None]
        CatalogueEntry.objects.bulk_create(new)
        CatalogueEntry.objects.bulk_update(old, [*_columns(batch[0]).keys()])
        saved = CatalogueEntry.objects.filter(key__in=[r.key for r in batch])
        get_search_backend().add_bulk(CatalogueEntry, list(saved))
        return len(batch)


def _columns(record: Record) -> dict:
    return {
        "kind": record.kind,
        "page_id": record.page_id,
        "teacher_id": record.teacher_id,
        "title": record.title,
        "summary": record.summary,
        "body": record.body,
        "tags": " ".join(record.tags),
        "topic_id": record.topic_id,
        "topic_name": record.topic_name,
        "level": record.level,
        "language": record.language,
        "minutes": record.minutes,
        "length": record.length,
        "date": record.date,
        "popularity": record.popularity,
        "featured": record.featured,
        "audience": record.audience,
        "url": record.url,
    }


def _filtered(queryset, query: CatalogueQuery):
    filters = query.filters
    if filters.kind:
        queryset = queryset.filter(kind__in=filters.kind)
    if filters.topic:
        queryset = queryset.filter(topic__in=query.topic_ids)
    if filters.level:
        queryset = queryset.filter(level__in=filters.level)
    if filters.language:
        queryset = queryset.filter(language__in=filters.language)
    if filters.length:
        queryset = queryset.filter(length__in=filters.length)
    return queryset


def _passes(row: dict, query: CatalogueQuery, *, skip: str | None) -> bool:
    """Whether a group of entries passes every selected filter but the one skipped."""
    for facet in FACETS:
        if facet == skip or not query.filters.selected(facet):
            continue
        if facet == "topic":
            if row["topic"] not in query.topic_ids:
                return False
        elif row[facet] not in query.filters.selected(facet):
            return False
    return True


def _facet_counts(groups, query: CatalogueQuery) -> dict[str, Counter]:
    """Per facet, how many entries each value would give with the other filters applied: a
    learner sees what choosing another level would find, not only the level chosen."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for facet in FACETS:
        for row, entries in groups:
            if row[facet] not in (None, "") and _passes(row, query, skip=facet):
                counts[facet][str(row[facet])] += entries
    return counts


def _hit(entry: CatalogueEntry, terms: list[str]) -> Hit:
    return Hit(
        key=entry.key,
        kind=entry.kind,
        title=entry.title,
        url=entry.url,
        title_html=mark(entry.title, terms),
        snippet=snippet(entry.body, terms, fallback=entry.summary),
        topic_name=entry.topic_name,
        topic_slug=entry.topic.slug if entry.topic else "",
        level=entry.level,
        language=entry.language,
        date=entry.date,
        minutes=entry.minutes,
        featured=entry.featured,
    )
