"""The catalogue's own full-text index, kept by the database (docs/decisions.md, decision 58).

PostgreSQL: each entry carries two generated vectors, its title and its whole text (title,
then topic and tags, summary, body, weighted in that order), stemmed in the entry's language,
each with a GIN index. The long texts are stored out of line (`toast_tuple_target`), so the
rows a search reads for its counts are narrow; the title stays in line for the ranking.

SQLite: a contentless FTS5 table whose row id is the entry's id, written by triggers.

Both replace reading Wagtail's index tables for searches (which still serve autocompletion),
so the covering indexes of migration 0003 that joined them go."""

from importlib import import_module

from django.db import migrations

ENTRIES = "catalogue_search_catalogueentry"
FTS = "catalogue_search_fulltext"
# Stemming by the entry's language, as `backends.postgres.config_for_language` does. A
# constant regconfig keeps the expression immutable, which a generated column requires.
CONFIG = (
    "CASE language WHEN 'de' THEN 'german'::regconfig WHEN 'es' THEN 'spanish'::regconfig "
    "ELSE 'english'::regconfig END"
)
TEXT_VECTOR = (
    f"setweight(to_tsvector({CONFIG}, title), 'A') || "
    f"setweight(to_tsvector({CONFIG}, topic_name || ' ' || tags), 'B') || "
    f"setweight(to_tsvector({CONFIG}, summary), 'C') || "
    f"setweight(to_tsvector({CONFIG}, body), 'D')"
)
# What an entry's FTS5 row holds, column by column, from a trigger's NEW or OLD row.
FTS_COLUMNS = {
    "title": "{row}.title",
    "body": "{row}.topic_name || ' ' || {row}.tags || ' ' || {row}.summary || ' ' || {row}.body",
}


def fulltext_table(columns: dict[str, str]) -> list[str]:
    """The statements that create the FTS5 table with these columns, fill it from the
    entries, and keep it in step with them."""
    names = ", ".join(columns)

    def write(row: str, *, delete: bool = False) -> str:
        values = ", ".join(value.format(row=row) for value in columns.values())
        if delete:
            return (
                f"INSERT INTO {FTS}({FTS}, rowid, {names}) VALUES ('delete', {row}.id, {values});"
            )
        return f"INSERT INTO {FTS}(rowid, {names}) VALUES ({row}.id, {values});"

    return [
        f"CREATE VIRTUAL TABLE {FTS} USING fts5({names}, content='')",
        f"INSERT INTO {FTS}(rowid, {names}) SELECT id, "
        f"{', '.join(value.format(row=ENTRIES) for value in columns.values())} FROM {ENTRIES}",
        f"CREATE TRIGGER catalogue_fulltext_insert AFTER INSERT ON {ENTRIES} BEGIN "
        f"{write('NEW')} END",
        f"CREATE TRIGGER catalogue_fulltext_delete AFTER DELETE ON {ENTRIES} BEGIN "
        f"{write('OLD', delete=True)} END",
        f"CREATE TRIGGER catalogue_fulltext_update "
        f"AFTER UPDATE OF title, topic_name, tags, summary, body ON {ENTRIES} BEGIN "
        f"{write('OLD', delete=True)} {write('NEW')} END",
    ]


DROP_FULLTEXT_TABLE = [
    "DROP TRIGGER IF EXISTS catalogue_fulltext_insert",
    "DROP TRIGGER IF EXISTS catalogue_fulltext_delete",
    "DROP TRIGGER IF EXISTS catalogue_fulltext_update",
    f"DROP TABLE IF EXISTS {FTS}",
]


FORWARD = {
    "postgresql": [
        f"ALTER TABLE {ENTRIES} SET (toast_tuple_target = 128)",
        f"ALTER TABLE {ENTRIES} "
        f"ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector({CONFIG}, title)) "
        f"STORED, ADD COLUMN text_vector tsvector GENERATED ALWAYS AS ({TEXT_VECTOR}) STORED",
        f"ALTER TABLE {ENTRIES} ALTER COLUMN title SET STORAGE MAIN, "
        "ALTER COLUMN title_vector SET STORAGE MAIN",
        f"CREATE INDEX catalogue_search_title_vector ON {ENTRIES} USING gin (title_vector)",
        f"CREATE INDEX catalogue_search_text_vector ON {ENTRIES} USING gin (text_vector)",
        "DROP INDEX IF EXISTS catalogue_search_entry_facets",
        # Rewrite the rows, so the ones already there are stored as new ones are. Last, as
        # the rewrite queues foreign key checks, and no index can be built while they wait.
        f"UPDATE {ENTRIES} SET id = id",
    ],
    "sqlite": [
        *fulltext_table(FTS_COLUMNS),
        "DROP INDEX IF EXISTS catalogue_search_index_lookup",
    ],
}
BACKWARD = {
    "postgresql": [
        "DROP INDEX IF EXISTS catalogue_search_title_vector",
        "DROP INDEX IF EXISTS catalogue_search_text_vector",
        f"ALTER TABLE {ENTRIES} DROP COLUMN title_vector, DROP COLUMN text_vector",
        f"ALTER TABLE {ENTRIES} ALTER COLUMN title SET STORAGE EXTENDED",
        f"ALTER TABLE {ENTRIES} RESET (toast_tuple_target)",
    ],
    "sqlite": DROP_FULLTEXT_TABLE,
}


def by_vendor(statements: dict[str, list[str]]):
    """A RunPython function that runs the statements written for the database in use."""

    def run(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


forward = by_vendor(FORWARD)


def backward(apps, schema_editor):
    by_vendor(BACKWARD)(apps, schema_editor)
    import_module("search.migrations.0003_search_covering_indexes").create(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("catalogue_search", "0004_content_request_wanted")]

    operations = [migrations.RunPython(forward, backward)]
