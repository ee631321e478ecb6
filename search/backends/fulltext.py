"""One scored pass over Wagtail's full-text index of the catalogue entries.

Wagtail indexes the entries (`CatalogueEntry.search_fields`), but its query compiler scores
each match with a subquery per row on SQLite, and matches a concatenated vector joined on a
text cast on PostgreSQL: at 100,000 lessons a common word took seconds (bench/README.md,
"search"). Here the index rows are read once, matched and scored in the same statement, and
joined to the entries by id, so the database starts from its full-text index."""

from django.contrib.contenttypes.models import ContentType
from django.db import connections
from modelsearch.conf import get_app_config

from ..models import CatalogueEntry
from ..query import CatalogueQuery, words
from .postgres import CONFIGS

# Title weighs four times the rest, as in `CatalogueEntry.search_fields`.
TITLE_WEIGHT = 4.0
# Covering indexes of migration 0003: an index row's entry id, an entry's facets and ranking.
LOOKUP_INDEX = "catalogue_search_index_lookup"
ENTRY_INDEX = "catalogue_search_entry_facets"


def match_sql(query: CatalogueQuery, *, using: str) -> tuple[str, list]:
    """SQL for (entry_id, score) of the entries whose text matches any variant of the query,
    every word of a variant required. A higher score is a better match on either database."""
    index_table = get_app_config().get_model("IndexEntry")._meta.db_table
    content_type = ContentType.objects.db_manager(using).get_for_model(CatalogueEntry).pk
    if connections[using].vendor == "sqlite":
        return _sqlite(query, index_table, content_type)
    return _postgres(query, index_table, content_type, using=using)


def _variant_words(query: CatalogueQuery) -> list[list[str]]:
    return [found for found in (words(variant) for variant in query.variants) if found]


def _sqlite(query: CatalogueQuery, index_table: str, content_type: int) -> tuple[str, list]:
    fts = f"{index_table}_fts"
    # Each word quoted (a phrase of one word), so nothing typed is read as FTS5 syntax.
    variants = [
        "(" + " AND ".join('"' + word.replace('"', '""') + '"' for word in found) + ")"
        for found in _variant_words(query)
    ]
    expression = "{title body} : (" + " OR ".join(variants or ['""']) + ")"
    # bm25 is negative, lower is better; its weights follow the columns: autocomplete, body,
    # title.
    sql = (
        f"SELECT CAST(entry.object_id AS INTEGER) AS entry_id, "  # noqa: S608 - table names only
        f"-bm25({fts}, 0.0, 1.0, {TITLE_WEIGHT}) AS score "
        # CROSS JOIN keeps this order on SQLite: the full-text match first, then each row's
        # index entry by its key (without statistics it would scan every entry instead).
        f"FROM {fts} CROSS JOIN {index_table} entry INDEXED BY {LOOKUP_INDEX} "
        f"ON entry.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND entry.content_type_id = %s"
    )
    return sql, [expression, content_type]


def _postgres(
    query: CatalogueQuery, index_table: str, content_type: int, *, using: str
) -> tuple[str, list]:
    # A variant in any of the three languages, as entries are stemmed in their own. The
    # query is parsed first, on its own, so the match below compares with a constant: the
    # planner then estimates it and uses the GIN indexes (an OR of parsing calls it does not).
    parts, params = [], []
    for found in _variant_words(query):
        for config in CONFIGS.values():
            parts.append(f"plainto_tsquery('{config}', %s)::text")
            params.append(" ".join(found))
    if not parts:
        return _NOTHING, []
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", params)
        # The same words stem alike in several languages: each distinct parse once.
        parsed = sorted({text for text in cursor.fetchone() if text})
    if not parsed:  # only stop words
        return _NOTHING, []
    tsquery = " | ".join(f"({text})" for text in parsed)
    sql = (
        f"SELECT entry.object_id::bigint AS entry_id, "  # noqa: S608 - table names only
        f"ts_rank(entry.title, %s::tsquery) * {TITLE_WEIGHT} "
        f"+ ts_rank(entry.body, %s::tsquery) AS score "
        f"FROM {index_table} entry WHERE entry.content_type_id = %s "
        f"AND (entry.title @@ %s::tsquery OR entry.body @@ %s::tsquery)"
    )
    return sql, [tsquery, tsquery, content_type, tsquery, tsquery]


# No words left (only punctuation): a match that finds nothing.
_NOTHING = "SELECT NULL::bigint AS entry_id, 0.0 AS score WHERE FALSE"
