"""The default backend: the `CatalogueEntry` table and its full-text index, on PostgreSQL full
text search or SQLite FTS5, whichever database the academy runs on. The database keeps the
index that searches read (`fulltext.py`); Wagtail's index of the entries answers
autocompletion."""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass

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
from .fulltext import Match, Tier, match

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

# Entry orders by sort, for the ORM and, through `_order_sql`, for the searches' SQL; without
# words "relevance" means browsing: featured first, then the newest.
ORDERS = {
    "newest": ("-date", "-id"),
    "popular": ("-popularity", "-date", "-id"),
    "relevance": ("-featured", "-date", "-id"),
}
# The entry columns a filter compares, by filter.
FILTER_COLUMNS = {"kind": "kind", "level": "level", "language": "language", "length": "length"}


@dataclass(frozen=True)
class Group:
    """How many of the matching entries share a combination of facet values."""

    facets: dict
    entries: int


def _conditions(query: CatalogueQuery, *, filtered: bool) -> tuple[str, dict]:
    """SQL conditions on the entries `c` the member may see and, when filtered, that pass
    every selected filter; their parameters by name."""
    selected = [("audience", query.audiences)]
    if filtered:
        selected += [
            (column, query.filters.selected(facet)) for facet, column in FILTER_COLUMNS.items()
        ]
        if query.filters.topic:
            selected.append(("topic_id", query.topic_ids or (None,)))
    sql, params = [], {}
    for column, values in selected:
        if values:
            names = [f"{column}_{number}" for number in range(len(values))]
            sql.append(f"c.{column} IN ({', '.join(f'%({name})s' for name in names)})")
            params |= dict(zip(names, values, strict=True))
    return " AND ".join(sql), params


def _statement(
    matched: Match, tier: Tier, query: CatalogueQuery, *, select: str, filtered: bool, rest: str
) -> tuple[str, dict]:
    """One statement over the entries of a tier that the member may see (and that pass the
    filters, when filtered)."""
    where, params = _conditions(query, filtered=filtered)
    sql = (
        f"SELECT {select} FROM {tier.source} "  # noqa: S608 - columns and SQL are ours
        f"WHERE {tier.condition} AND {where} {rest}"
    )
    return sql, matched.params | params


def _relevance(tier: Tier, query: CatalogueQuery) -> tuple[str, dict]:
    """The order by relevance within a tier: its score, multiplied by 4 when the title is
    the query, by 2 when it contains it, and by 1.5 for featured entries; then the most
    enrolled. A tier without a score is in the catalogue's order: featured, most enrolled."""
    if tier.score is None:
        return "c.featured DESC, c.popularity DESC, c.id DESC", {}
    text = query.text.lower()
    contained = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    order = (
        f"{tier.score} * CASE WHEN LOWER(c.title) = %(exact)s THEN {EXACT_TITLE_BOOST} "
        f"WHEN LOWER(c.title) LIKE %(contained)s ESCAPE '\\' THEN {TITLE_BOOST} ELSE 1 END "
        f"* CASE WHEN c.featured THEN {FEATURED_BOOST} ELSE 1 END DESC, "
        f"c.popularity DESC, c.id DESC"
    )
    return order, {"exact": text, "contained": contained}


def _relevant_ids(using: str, matched: Match, query: CatalogueQuery) -> list:
    """One page of ids by relevance, read tier by tier until it is full. How many entries an
    earlier tier holds is counted only for a page that starts past it."""
    ids, skip = [], query.offset
    for tier in matched.tiers:
        missing = query.per_page - len(ids)
        if not missing:
            break
        order, order_params = _relevance(tier, query)
        rest = f"ORDER BY {order} LIMIT %(limit)s OFFSET %(offset)s"
        sql, params = _statement(matched, tier, query, select="c.id", filtered=True, rest=rest)
        params |= order_params | {"limit": missing, "offset": skip}
        found = [row[0] for row in _rows(using, sql, params)]
        if skip and not found:
            sql, params = _statement(
                matched, tier, query, select="COUNT(*)", filtered=True, rest=""
            )
            skip -= _rows(using, sql, params)[0][0]
        else:
            skip = 0
        ids += found
    return ids


def _order_sql(fields: tuple[str, ...]) -> str:
    return ", ".join(
        f"c.{field.lstrip('-')} {'DESC' if field.startswith('-') else 'ASC'}" for field in fields
    )


def _rows(using: str, sql: str, params: dict) -> list[tuple]:
    connection = connections[using]
    postgres = connection.vendor == "postgresql"
    # Only PostgreSQL needs a transaction, for SET LOCAL: on SQLite it would take the write
    # lock (transaction_mode IMMEDIATE) and queue every search behind every write.
    in_transaction = transaction.atomic(using=using) if postgres else nullcontext()
    with in_transaction, connection.cursor() as cursor:
        if postgres:
            # A common word looks cheaper to PostgreSQL to test row by row than through the
            # GIN indexes; it is not, as every row's vector must be read from storage first
            # (seconds at 100,000 lessons; bench/README.md, "search").
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(sql, params)
        return cursor.fetchall()


class DatabaseBackend:
    name = "database"

    # Reading -------------------------------------------------------------------------------

    def search(self, query: CatalogueQuery) -> BackendResults:
        visible = CatalogueEntry.objects.filter(audience__in=query.audiences)
        matched = match(query, using=visible.db) if query.text else None
        if query.text and matched is None:
            return BackendResults(hits=[], total=0)
        groups = self._groups(visible, query, matched)
        counts = _facet_counts(groups, query)
        total = sum(group.entries for group in groups if _passes(group.facets, query, skip=None))
        entries = self._page(visible, query, matched) if total else []
        terms = [word for text in query.variants for word in words(text)]
        hits = [_hit(entry, terms) for entry in entries]
        return BackendResults(hits=hits, total=total, counts=counts)

    def _groups(self, visible, query: CatalogueQuery, matched: Match | None) -> list[Group]:
        """How many visible entries match per combination of facet values."""
        if matched:
            key = matched.facets.key
            sql, params = _statement(
                matched,
                matched.text,
                query,
                select=f"{key}, COUNT(*) AS entries",
                filtered=False,
                rest=f"GROUP BY {key}",
            )
            rows = _rows(visible.db, matched.facets.values.replace("{groups}", sql), params)
        else:
            columns = FACET_COLUMNS.values()
            rows = visible.order_by().values_list(*columns).annotate(entries=Count("pk"))
        return [Group(dict(zip(FACET_COLUMNS, row[:-1], strict=True)), row[-1]) for row in rows]

    def _page(self, visible, query: CatalogueQuery, matched: Match | None):
        if not matched:
            ordered = (
                _filtered(visible, query).order_by(*ORDERS[query.sort]).select_related("topic")
            )
            return list(ordered[query.offset : query.offset + query.per_page])
        if query.sort == "relevance":
            ids = _relevant_ids(visible.db, matched, query)
        else:
            sql, params = _statement(
                matched,
                matched.text,
                query,
                select="c.id",
                filtered=True,
                rest=f"ORDER BY {_order_sql(ORDERS[query.sort])} LIMIT %(limit)s OFFSET %(offset)s",
            )
            params |= {"limit": query.per_page, "offset": query.offset}
            ids = [row[0] for row in _rows(visible.db, sql, params)]
        entries = CatalogueEntry.objects.select_related("topic").in_bulk(ids)
        return [entries[pk] for pk in ids if pk in entries]

    def autocomplete(self, prefix: str, *, audiences, limit: int) -> list[Suggestion]:
        visible = CatalogueEntry.objects.filter(audience__in=audiences).exclude(kind="teacher")
        entries = get_search_backend().autocomplete(prefix, visible)[:limit]
        return [Suggestion(kind=entry.kind, title=entry.title, url=entry.url) for entry in entries]

    def finds_any(self, query: CatalogueQuery) -> bool:
        if not query.text:
            visible = CatalogueEntry.objects.filter(audience__in=query.audiences)
            return _filtered(visible, query).exists()
        using = CatalogueEntry.objects.db
        matched = match(query, using=using)
        if matched is None:
            return False
        sql, params = _statement(
            matched, matched.text, query, select="1", filtered=True, rest="LIMIT 1"
        )
        return bool(_rows(using, sql, params))

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
        for group in groups:
            value = group.facets[facet]
            if value not in (None, "") and _passes(group.facets, query, skip=facet):
                counts[facet][str(value)] += group.entries
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
