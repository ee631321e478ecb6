"""The default backend: the `CatalogueEntry` table and Wagtail's full-text index of it, on
PostgreSQL full text search or SQLite FTS5, whichever database the academy runs on. Wagtail
writes the index and answers autocompletion; searches read the index in one scored pass
(`fulltext.py`)."""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from contextlib import nullcontext

from django.db import connections, transaction
from django.db.models import Count
from modelsearch.backends import get_search_backend

from .. import vocabulary
from ..highlight import mark, snippet
from ..models import CatalogueEntry
from ..query import FACETS, CatalogueQuery, words
from ..records import Record
from ..results import Hit, Suggestion
from . import BackendResults, batches
from .fulltext import ENTRY_INDEX, match_sql

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


ENTRIES = CatalogueEntry._meta.db_table
# Entry orders by sort, for the ORM and, through `_order_sql`, for the searches' SQL; without
# words "relevance" means browsing: featured first, then the newest.
ORDERS = {
    "newest": ("-date", "-id"),
    "popular": ("-popularity", "-date", "-id"),
    "relevance": ("-featured", "-date", "-id"),
}
# The entry columns a filter compares, by filter.
FILTER_COLUMNS = {"kind": "kind", "level": "level", "language": "language", "length": "length"}


def _conditions(query: CatalogueQuery, *, filtered: bool) -> tuple[str, list]:
    """SQL conditions on the entries `c` the member may see and, when filtered, that pass
    every selected filter."""
    selected = [("audience", query.audiences)]
    if filtered:
        selected += [
            (column, query.filters.selected(facet)) for facet, column in FILTER_COLUMNS.items()
        ]
        if query.filters.topic:
            selected.append(("topic_id", query.topic_ids or (None,)))
    sql, params = [], []
    for column, values in selected:
        if values:
            sql.append(f"c.{column} IN ({', '.join(['%s'] * len(values))})")
            params += values
    return " AND ".join(sql), params


def _over_matches(query: CatalogueQuery, using: str, *, select: str, filtered: bool, rest: str):
    """One statement over the entries matching the text: the full-text match first, then each
    match's entry by its id (from the covering index, migration 0003)."""
    matched_sql, params = match_sql(query, using=using)
    where, where_params = _conditions(query, filtered=filtered)
    # SQLite keeps the order of a CROSS JOIN (the match first) and, without statistics,
    # needs telling to read the covering index rather than the table.
    entries = f"{ENTRIES} c"
    if connections[using].vendor == "sqlite":
        entries = f"{ENTRIES} c INDEXED BY {ENTRY_INDEX}"
    join = "CROSS JOIN" if connections[using].vendor == "sqlite" else "JOIN"
    sql = (
        f"SELECT {select} FROM ({matched_sql}) m "  # noqa: S608 - columns and SQL are ours
        f"{join} {entries} ON c.id = m.entry_id WHERE {where} {rest}"
    )
    return sql, [*params, *where_params]


def _page_sql(query: CatalogueQuery, using: str) -> tuple[str, list]:
    """One page of ids of the matching entries that pass the filters. By relevance: the
    full-text score, multiplied by 4 when the title is the query, by 2 when it contains it,
    and by 1.5 for featured entries; then the most enrolled."""
    params = []
    if query.sort == "relevance":
        text = query.text.lower()
        contained = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        order = (
            f"m.score * CASE WHEN LOWER(c.title) = %s THEN {EXACT_TITLE_BOOST} "
            f"WHEN LOWER(c.title) LIKE %s ESCAPE '\\' THEN {TITLE_BOOST} ELSE 1 END "
            f"* CASE WHEN c.featured THEN {FEATURED_BOOST} ELSE 1 END DESC, "
            f"c.popularity DESC, c.id DESC"
        )
        params = [text, contained]
    else:
        order = _order_sql(ORDERS[query.sort])
    sql, match_params = _over_matches(
        query, using, select="c.id", filtered=True, rest=f"ORDER BY {order} LIMIT %s OFFSET %s"
    )
    return sql, [*match_params, *params, query.per_page, query.offset]


def _order_sql(fields: tuple[str, ...]) -> str:
    return ", ".join(
        f"c.{field.lstrip('-')} {'DESC' if field.startswith('-') else 'ASC'}" for field in fields
    )


def _rows(using: str, sql: str, params: list) -> list[tuple]:
    connection = connections[using]
    postgres = connection.vendor == "postgresql"
    # Only PostgreSQL needs a transaction, for SET LOCAL: on SQLite it would take the write
    # lock (transaction_mode IMMEDIATE) and queue every search behind every write.
    in_transaction = transaction.atomic(using=using) if postgres else nullcontext()
    with in_transaction, connection.cursor() as cursor:
        if postgres:
            # A word in a third of the entries looks cheaper to PostgreSQL to test row by row
            # than through the GIN indexes; it is not, as every row's vectors must be read
            # from storage first (seconds at 100,000 lessons; bench/README.md, "search").
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(sql, params)
        return cursor.fetchall()


class DatabaseBackend:
    name = "database"

    # Reading -------------------------------------------------------------------------------

    def search(self, query: CatalogueQuery) -> BackendResults:
        visible = CatalogueEntry.objects.filter(audience__in=query.audiences)
        groups = self._groups(visible, query)
        counts = _facet_counts(groups, query)
        total = sum(count for row, count in groups if _passes(row, query, skip=None))
        entries = self._page(visible, query) if total else []
        terms = [word for text in query.variants for word in words(text)]
        hits = [_hit(entry, terms) for entry in entries]
        return BackendResults(hits=hits, total=total, counts=counts)

    def _groups(self, visible, query: CatalogueQuery) -> list[tuple[dict, int]]:
        """How many visible entries match, per combination of facet values."""
        columns = list(FACET_COLUMNS.values())
        if query.text:
            grouped = ", ".join(f"c.{column}" for column in columns)
            sql, params = _over_matches(
                query,
                visible.db,
                select=f"{grouped}, COUNT(*)",
                filtered=False,
                rest=f"GROUP BY {grouped}",
            )
            rows = _rows(visible.db, sql, params)
        else:
            rows = visible.order_by().values_list(*columns).annotate(entries=Count("pk"))
        return [(dict(zip(FACET_COLUMNS, row[:-1], strict=True)), row[-1]) for row in rows]

    def _page(self, visible, query: CatalogueQuery) -> list[CatalogueEntry]:
        if query.text:
            ids = [row[0] for row in _rows(visible.db, *_page_sql(query, visible.db))]
            entries = CatalogueEntry.objects.select_related("topic").in_bulk(ids)
            return [entries[pk] for pk in ids if pk in entries]
        ordered = _filtered(visible, query).order_by(*ORDERS[query.sort]).select_related("topic")
        return list(ordered[query.offset : query.offset + query.per_page])

    def autocomplete(self, prefix: str, *, audiences, limit: int) -> list[Suggestion]:
        visible = CatalogueEntry.objects.filter(audience__in=audiences).exclude(kind="teacher")
        entries = get_search_backend().autocomplete(prefix, visible)[:limit]
        return [Suggestion(kind=entry.kind, title=entry.title, url=entry.url) for entry in entries]

    def finds_any(self, query: CatalogueQuery) -> bool:
        if not query.text:
            visible = CatalogueEntry.objects.filter(audience__in=query.audiences)
            return _filtered(visible, query).exists()
        sql, params = _over_matches(
            query, CatalogueEntry.objects.db, select="1", filtered=True, rest="LIMIT 1"
        )
        return bool(_rows(CatalogueEntry.objects.db, sql, params))

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
