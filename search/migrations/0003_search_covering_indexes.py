"""Covering indexes for the database backend's searches (docs/decisions.md, decision 37).

A common word matches a third of a large catalogue: each match is mapped from the full-text
row to its entry and the entry's facets and ranking columns are read. From narrow indexes
that is a lookup in a few small pages instead of a read of each wide row (bodies and texts
are stored in the same rows). Written per database, as SQLite and PostgreSQL cover
differently and the index entries belong to Wagtail's search app."""

from django.db import migrations

ENTRY_COLUMNS = "audience, kind, topic_id, level, language, length, featured, popularity, date, title"

CREATE = {
    "sqlite": [
        "CREATE INDEX IF NOT EXISTS catalogue_search_index_lookup "
        "ON wagtailsearch_indexentry (id, content_type_id, object_id)",
        "CREATE INDEX IF NOT EXISTS catalogue_search_entry_facets "
        f"ON catalogue_search_catalogueentry (id, {ENTRY_COLUMNS})",
    ],
    "postgresql": [
        "CREATE INDEX IF NOT EXISTS catalogue_search_entry_facets "
        f"ON catalogue_search_catalogueentry (id) INCLUDE ({ENTRY_COLUMNS})",
    ],
}
DROP = [
    "DROP INDEX IF EXISTS catalogue_search_index_lookup",
    "DROP INDEX IF EXISTS catalogue_search_entry_facets",
]


def create(apps, schema_editor):
    for statement in CREATE.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    for statement in DROP:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue_search", "0002_curator_permissions"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
