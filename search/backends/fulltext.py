"""How a statement finds the catalogue entries that match a query, in the catalogue's own
full-text index (migrations 0005 and 0006): generated vectors on each entry on PostgreSQL, a
contentless FTS5 table keyed by entry id on SQLite.

A search by relevance reads entries in three tiers, each without the entries of the ones
before: those whose title matches, scored on their title; those whose title, topic, tags or
summary (the head) match, scored on those; then the others, whose body alone matches, in the
order of the catalogue (featured, then most enrolled). Only the tiers a page reaches are read,
and the body, the long part of an entry, is never scored: scoring every body of a common word
is what made a search slow at 100,000 lessons (bench/README.md, "search")."""

from dataclasses import dataclass

from django.db import connections

from ..models import CatalogueEntry
from ..query import CatalogueQuery, words
from .postgres import CONFIGS

ENTRIES = CatalogueEntry._meta.db_table
FTS = "catalogue_search_fulltext"
# The covering index of migration 0003 (SQLite): an entry's facets and ranking by its id.
ENTRY_INDEX = "catalogue_search_entry_facets"
# Each entry's combination of facet values, by id (migration 0007).
FACET_SETS = "catalogue_search_facetset"
# bm25 weights of the FTS5 columns title, head and body.
WEIGHTS = "4.0, 2.0, 1.0"


@dataclass(frozen=True)
class Tier:
    """Entries `c` read from `source` where `condition` holds, best first by `score`, or in
    the catalogue's order when it has none. The SQL takes its parameters by name from
    `Match.params`."""

    source: str
    condition: str
    score: str | None


@dataclass(frozen=True)
class Facets:
    """How matches are counted per combination of facet values: grouped by `key`, then read
    back by `values` as kind, topic, level, language, length and count, where `{groups}`
    stands for the grouped statement and `entries` for its count."""

    key: str
    values: str = "{groups}"


@dataclass(frozen=True)
class Match:
    text: Tier  # every entry whose text matches any variant of the query
    tiers: tuple[Tier, ...]  # the same entries by relevance: title, head, body
    facets: Facets
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
    score = f"-bm25({FTS}, {WEIGHTS})"  # bm25 is negative, lower is better

    def matches(name: str) -> str:
        return f"{FTS} MATCH %({name})s"

    def outside(name: str) -> str:
        return f"c.id NOT IN (SELECT rowid FROM {FTS} WHERE {matches(name)})"  # noqa: S608

    return Match(
        text=Tier(source, matches("text"), None),
        tiers=(
            Tier(source, matches("title"), score),
            Tier(source, f"{matches('head')} AND {outside('title')}", score),
            Tier(source, f"{matches('text')} AND {outside('head')}", None),
        ),
        # SQLite sorts to group: by two integers, not four texts and the topic.
        facets=Facets(
            "c.facet_set, c.topic_id",
            "SELECT s.kind, g.topic_id, s.level, s.language, s.length, g.entries "  # noqa: S608
            f"FROM ({{groups}}) g JOIN {FACET_SETS} s ON s.id = g.facet_set",
        ),
        params={
            "text": variants,
            "title": f"title : ({variants})",
            "head": f"{{title head}} : ({variants})",
        },
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

    def matches(vector: str) -> str:
        return f"c.{vector} @@ %(query)s::tsquery"

    def rank(vector: str) -> str:
        return f"ts_rank(c.{vector}, %(query)s::tsquery)"

    def outside(vector: str) -> str:
        # Through the vector's index: the head vectors are stored out of line, and reading
        # each one to test it would cost what scoring did.
        return f"c.id NOT IN (SELECT id FROM {ENTRIES} WHERE {vector} @@ %(query)s::tsquery)"  # noqa: S608

    source = f"{ENTRIES} c"
    return Match(
        text=Tier(source, matches("text_vector"), None),
        tiers=(
            Tier(source, matches("title_vector"), rank("title_vector")),
            Tier(
                source,
                f"{matches('head_vector')} AND NOT {matches('title_vector')}",
                rank("head_vector"),
            ),
            Tier(source, f"{matches('text_vector')} AND {outside('head_vector')}", None),
        ),
        facets=Facets("c.kind, c.topic_id, c.level, c.language, c.length"),
        params={"query": " | ".join(f"({text})" for text in parsed)},
    )
