"""How a statement finds the catalogue entries that match a query, in the catalogue's own
full-text index (migration 0005): generated vectors on each entry on PostgreSQL, a contentless
FTS5 table keyed by entry id on SQLite.

A search reads entries in two tiers: those whose title matches, scored on their title, then
the others whose text matches, scored on their whole text. Only the first tier is scored for
a common word, which has plenty of title matches: scoring every text match is what made a
search slow at 100,000 lessons (bench/README.md, "search")."""

from dataclasses import dataclass

from django.db import connections

from ..models import CatalogueEntry
from ..query import CatalogueQuery, words
from .postgres import CONFIGS

ENTRIES = CatalogueEntry._meta.db_table
FTS = "catalogue_search_fulltext"
# The covering index of migration 0003 (SQLite): an entry's facets and ranking by its id.
ENTRY_INDEX = "catalogue_search_entry_facets"
# bm25 weights of the FTS5 columns, title and body: the title weighs four times the rest.
TITLE_WEIGHT = 4.0


@dataclass(frozen=True)
class Tier:
    """Entries `c` read from `source` where `condition` holds, scored by `score` (higher is
    better). The SQL takes its parameters by name from `Match.params`."""

    source: str
    condition: str
    score: str


@dataclass(frozen=True)
class Match:
    text: Tier  # every entry whose text matches any variant of the query
    title: Tier  # the entries whose title matches, scored on their title
    title_hit: str  # in a `text` statement: whether the entry is in the title tier
    params: dict


def match(query: CatalogueQuery, *, using: str) -> Match | None:
    """The tiers of the query's matches; None when it has no words to look for (only
    punctuation or, on PostgreSQL, only stop words). Every word of a variant is required."""
    found = [each for each in (words(variant) for variant in query.variants) if each]
    if not found:
        return None
    if connections[using].vendor == "sqlite":
        return _sqlite(found)
    return _postgres(found, using=using)


def _sqlite(found: list[list[str]]) -> Match:
    # Each word quoted (a phrase of one word), so nothing typed is read as FTS5 syntax.
    variants = " OR ".join(
        "(" + " AND ".join('"' + word.replace('"', '""') + '"' for word in each) + ")"
        for each in found
    )
    # SQLite keeps the order of a CROSS JOIN (the full-text match first, then each entry by
    # its id) and, without statistics, needs telling to read the covering index.
    source = f"{FTS} CROSS JOIN {ENTRIES} c INDEXED BY {ENTRY_INDEX} ON c.id = {FTS}.rowid"
    # bm25 is negative, lower is better.
    score = f"-bm25({FTS}, {TITLE_WEIGHT}, 1.0)"
    return Match(
        text=Tier(source, f"{FTS} MATCH %(text)s", score),
        title=Tier(source, f"{FTS} MATCH %(title)s", score),
        title_hit=f"c.id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %(title)s)",  # noqa: S608
        params={"text": variants, "title": f"title : ({variants})"},
    )


def _postgres(found: list[list[str]], *, using: str) -> Match | None:
    # A variant in any of the three languages, as entries are stemmed in their own. The
    # query is parsed first, on its own, so the statements compare with a constant: the
    # planner then estimates it and uses the GIN indexes.
    parts = [f"plainto_tsquery('{config}', %s)::text" for _ in found for config in CONFIGS.values()]
    texts = [" ".join(each) for each in found for _ in CONFIGS]
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", texts)
        # The same words stem alike in several languages: each distinct parse once.
        parsed = sorted({text for text in cursor.fetchone() if text})
    if not parsed:  # only stop words
        return None

    def tier(vector: str) -> Tier:
        return Tier(
            f"{ENTRIES} c",
            f"c.{vector} @@ %(query)s::tsquery",
            f"ts_rank(c.{vector}, %(query)s::tsquery)",
        )

    return Match(
        text=tier("text_vector"),
        title=tier("title_vector"),
        title_hit="c.title_vector @@ %(query)s::tsquery",
        params={"query": " | ".join(f"({text})" for text in parsed)},
    )
