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


def match_sql(query: CatalogueQuery, *, using: str) -> tuple[str, list]:
    """SQL for (entry_id, score) of the entries whose text matches any variant of the query,
    every word of a variant required. A higher score is a better match on either database."""
    index_table = get_app_config().get_model("IndexEntry")._meta.db_table
    content_type = ContentType.objects.db_manager(using).get_for_model(CatalogueEntry).pk
    if connections[using].vendor == "sqlite":
        return _sqlite(query, index_table, content_type)
    return _postgres(query, index_table, content_type)


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
        f"FROM {fts} CROSS JOIN {index_table} entry ON entry.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND entry.content_type_id = %s"
    )
    return sql, [expression, content_type]


def _postgres(query: CatalogueQuery, index_table: str, content_type: int) -> tuple[str, list]:
    # A variant in any of the three languages, as entries are stemmed in their own.
    parts, params = [], []
    for found in _variant_words(query):
        text = " ".join(found)
        for config in CONFIGS.values():
            parts.append(f"plainto_tsquery('{config}', %s)")
            params.append(text)
    tsquery = " || ".join(parts) or "''::tsquery"
    sql = (
        f"SELECT entry.object_id::bigint AS entry_id, "  # noqa: S608 - table names only
        f"ts_rank(entry.title, {tsquery}) * {TITLE_WEIGHT} + ts_rank(entry.body, {tsquery}) "
        f"AS score FROM {index_table} entry WHERE entry.content_type_id = %s "
        f"AND (entry.title @@ ({tsquery}) OR entry.body @@ ({tsquery}))"
    )
    return sql, [*params, *params, content_type, *params, *params]
