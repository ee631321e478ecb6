"""The default backend: the `CatalogueEntry` table and Wagtail's full-text index of it, on
PostgreSQL full text search or SQLite FTS5, whichever database the academy runs on. Wagtail
writes the index and answers autocompletion; searches read the index in one scored pass
(`fulltext.py`)."""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from django.db import connections, transaction
from django.db.models import Count
from django.db.models.expressions import RawSQL
from modelsearch.backends import get_search_backend

from .. import vocabulary
from ..highlight import mark, snippet
from ..models import CatalogueEntry
from ..query import FACETS, CatalogueQuery, words
from ..records import Record
from ..results import Hit, Suggestion
from . import BackendResults, batches
from .fulltext import match_sql

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


def _matched(queryset, query: CatalogueQuery):
    """The entries of the queryset that match the text; all of them when there is none."""
    if not query.text:
        return queryset
    sql, params = match_sql(query, using=queryset.db)
    matched = f"SELECT entry_id FROM ({sql}) matched"  # noqa: S608 - built by match_sql
    return queryset.filter(pk__in=RawSQL(matched, params))  # noqa: S611 - words are params


def _ranked_ids(queryset, query: CatalogueQuery) -> list[int]:
    """One page of entry ids, best first: the full-text score, multiplied by 4 when the title
    is the query, by 2 when it contains it, and by 1.5 for featured entries."""
    matched_sql, matched_params = match_sql(query, using=queryset.db)
    entries = queryset.values("id", "title", "featured", "popularity").order_by()
    entries_sql, entries_params = entries.query.sql_with_params()
    text = query.text.lower()
    contained = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sql = (
        # Materialised: the full-text match runs once, not once per entry joined to it.
        f"WITH m AS MATERIALIZED ({matched_sql}) "  # noqa: S608 - words are params
        f"SELECT e.id FROM m JOIN ({entries_sql}) e ON e.id = m.entry_id "
        f"ORDER BY m.score "
        f"* CASE WHEN LOWER(e.title) = %s THEN {EXACT_TITLE_BOOST} "
        f"WHEN LOWER(e.title) LIKE %s ESCAPE '\\' THEN {TITLE_BOOST} ELSE 1 END "
        f"* CASE WHEN e.featured THEN {FEATURED_BOOST} ELSE 1 END DESC, "
        f"e.popularity DESC, e.id DESC LIMIT %s OFFSET %s"
    )
    params = [*matched_params, *entries_params, text, contained, query.per_page, query.offset]
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


class DatabaseBackend:
    name = "database"

    # Reading -------------------------------------------------------------------------------

    def search(self, query: CatalogueQuery) -> BackendResults:
        visible = CatalogueEntry.objects.filter(audience__in=query.audiences)
        groups = self._groups(_matched(visible, query))
        counts = _facet_counts(groups, query)
        total = sum(count for row, count in groups if _passes(row, query, skip=None))
        entries = self._page(visible, query) if total else []
        terms = [word for text in query.variants for word in words(text)]
        hits = [_hit(entry, terms) for entry in entries]
        return BackendResults(hits=hits, total=total, counts=counts)

    def _groups(self, matched) -> list[tuple[dict, int]]:
        rows = matched.order_by().values(*FACET_COLUMNS.values()).annotate(entries=Count("pk"))
        return [
            ({facet: row[column] for facet, column in FACET_COLUMNS.items()}, row["entries"])
            for row in rows
        ]

    def _page(self, visible, query: CatalogueQuery) -> list[CatalogueEntry]:
        filtered = _filtered(visible, query)
        if query.text and query.sort == "relevance":
            ids = _ranked_ids(filtered, query)
            entries = CatalogueEntry.objects.select_related("topic").in_bulk(ids)
            return [entries[pk] for pk in ids if pk in entries]
        order = {
            "newest": ("-date", "-pk"),
            "popular": ("-popularity", "-date", "-pk"),
            # Browsing without words: featured first, then the newest.
            "relevance": ("-featured", "-date", "-pk"),
        }[query.sort]
        ordered = _matched(filtered, query).order_by(*order).select_related("topic")
        return list(ordered[query.offset : query.offset + query.per_page])

    def autocomplete(self, prefix: str, *, audiences, limit: int) -> list[Suggestion]:
        visible = CatalogueEntry.objects.filter(audience__in=audiences).exclude(kind="teacher")
        entries = get_search_backend().autocomplete(prefix, visible)[:limit]
        return [Suggestion(kind=entry.kind, title=entry.title, url=entry.url) for entry in entries]

    def count(self, query: CatalogueQuery) -> int:
        visible = CatalogueEntry.objects.filter(audience__in=query.audiences)
        return _matched(_filtered(visible, query), query).count()

    # Writing -------------------------------------------------------------------------------

    def index(self, records: Iterable[Record]) -> None:
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
        seen: set[str] = set()
        with transaction.atomic():
            for batch in batches(records):
                self._write_batch(batch)
                seen.update(record.key for record in batch)
                progress(len(batch))
            CatalogueEntry.objects.exclude(key__in=seen).delete()
            vocabulary.rebuild()
        return len(seen)

    def _write_batch(self, batch: list[Record]) -> None:
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
