"""The head of each entry in the catalogue's full-text index (docs/decisions.md, decision 59):
its title, topic, tags and summary, searched and scored apart from its body, so that a search
by relevance ranks the short texts and never scores the bodies.

PostgreSQL: a third generated vector with a GIN index, stored out of line as the whole text's
is (in line it would double the width of the rows every search counts).
SQLite: the FTS5 table again, with a `head` column between the title and the body."""

from importlib import import_module

from django.db import migrations

fulltext = import_module("search.migrations.0005_catalogue_fulltext")
ENTRIES, CONFIG = fulltext.ENTRIES, fulltext.CONFIG
HEAD_VECTOR = (
    f"setweight(to_tsvector({CONFIG}, title), 'A') || "
    f"setweight(to_tsvector({CONFIG}, topic_name || ' ' || tags), 'B') || "
    f"setweight(to_tsvector({CONFIG}, summary), 'C')"
)
FTS_COLUMNS = {
    "title": "{row}.title",
    "head": "{row}.topic_name || ' ' || {row}.tags || ' ' || {row}.summary",
    "body": "{row}.body",
}

FORWARD = {
    "postgresql": [
        f"ALTER TABLE {ENTRIES} ADD COLUMN head_vector tsvector "
        f"GENERATED ALWAYS AS ({HEAD_VECTOR}) STORED",
        f"CREATE INDEX catalogue_search_head_vector ON {ENTRIES} USING gin (head_vector)",
    ],
    "sqlite": [*fulltext.DROP_FULLTEXT_TABLE, *fulltext.fulltext_table(FTS_COLUMNS)],
}
BACKWARD = {
    "postgresql": [
        "DROP INDEX IF EXISTS catalogue_search_head_vector",
        f"ALTER TABLE {ENTRIES} DROP COLUMN head_vector",
    ],
    "sqlite": [*fulltext.DROP_FULLTEXT_TABLE, *fulltext.fulltext_table(fulltext.FTS_COLUMNS)],
}


class Migration(migrations.Migration):
    dependencies = [("catalogue_search", "0005_catalogue_fulltext")]

    operations = [migrations.RunPython(fulltext.by_vendor(FORWARD), fulltext.by_vendor(BACKWARD))]
