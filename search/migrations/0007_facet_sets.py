"""SQLite: each catalogue entry names its combination of facet values by one integer, so that
a search counts its matches per combination by two integers (that and the topic) instead of
four text columns: SQLite sorts to group, and sorting 33,000 matches by five columns took 20
of a search's 50 ms at 100,000 lessons (docs/decisions.md, decision 60).

The combinations live in their own small table, written by triggers as entries are, like the
full-text index of 0005; the entry's covering index of 0003 also covers the new column.
PostgreSQL groups by hashing, where the five columns cost nothing more: nothing changes there.
"""

from importlib import import_module

from django.db import migrations

fulltext = import_module("search.migrations.0005_catalogue_fulltext")
ENTRIES = fulltext.ENTRIES
FACET_SETS = "catalogue_search_facetset"
FACETS = ("kind", "level", "language", "length")
ENTRY_INDEX = "catalogue_search_entry_facets"
INDEXED = import_module("search.migrations.0003_search_covering_indexes").ENTRY_COLUMNS
NAMES = ", ".join(FACETS)


def _set_of(row: str) -> str:
    """The id of the row's combination of facet values."""
    same = " AND ".join(f"s.{facet} = {row}.{facet}" for facet in FACETS)
    return f"(SELECT s.id FROM {FACET_SETS} s WHERE {same})"


def _name_the_set(row: str) -> str:
    """A trigger's statements: record the row's combination, point the row at it."""
    values = ", ".join(f"{row}.{facet}" for facet in FACETS)
    return (
        f"INSERT OR IGNORE INTO {FACET_SETS} ({NAMES}) VALUES ({values}); "
        f"UPDATE {ENTRIES} SET facet_set = {_set_of(row)} WHERE id = {row}.id;"
    )


FORWARD = {
    "sqlite": [
        f"CREATE TABLE {FACET_SETS} (id INTEGER PRIMARY KEY, "
        + ", ".join(f"{facet} TEXT NOT NULL" for facet in FACETS)
        + f", UNIQUE ({NAMES}))",
        f"INSERT INTO {FACET_SETS} ({NAMES}) SELECT DISTINCT {NAMES} FROM {ENTRIES}",
        f"ALTER TABLE {ENTRIES} ADD COLUMN facet_set INTEGER REFERENCES {FACET_SETS} (id)",
        f"UPDATE {ENTRIES} SET facet_set = {_set_of(ENTRIES)}",
        f"CREATE TRIGGER catalogue_facet_set_insert AFTER INSERT ON {ENTRIES} BEGIN "
        f"{_name_the_set('NEW')} END",
        f"CREATE TRIGGER catalogue_facet_set_update AFTER UPDATE OF {NAMES} ON {ENTRIES} "
        f"BEGIN {_name_the_set('NEW')} END",
        f"DROP INDEX {ENTRY_INDEX}",
        f"CREATE INDEX {ENTRY_INDEX} ON {ENTRIES} (id, facet_set, {INDEXED})",
    ]
}
BACKWARD = {
    "sqlite": [
        "DROP TRIGGER IF EXISTS catalogue_facet_set_insert",
        "DROP TRIGGER IF EXISTS catalogue_facet_set_update",
        f"DROP INDEX {ENTRY_INDEX}",
        f"CREATE INDEX {ENTRY_INDEX} ON {ENTRIES} (id, {INDEXED})",
        f"ALTER TABLE {ENTRIES} DROP COLUMN facet_set",
        f"DROP TABLE {FACET_SETS}",
    ]
}


class Migration(migrations.Migration):
    dependencies = [("catalogue_search", "0006_catalogue_head")]

    operations = [migrations.RunPython(fulltext.by_vendor(FORWARD), fulltext.by_vendor(BACKWARD))]
