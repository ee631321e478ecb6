"""Two PostgreSQL indexes the database backend's queries need at scale (bench/README.md,
"search"). Wagtail's search matches `title || body` of its index entries, which its own
indexes (on each column alone) cannot serve, and joins an entry to its catalogue row on the
row's id cast to text, which the primary key cannot serve; without these, every search reads
both tables in full. SQLite needs neither."""

from django.db import migrations

# Name: (model, what follows ON its table).
INDEXES = {
    "catalogue_search_indexentry_title_body": (
        ("wagtailsearch", "IndexEntry"),
        "USING GIN ((title || body))",
    ),
    "catalogue_search_entry_id_text": (
        ("catalogue_search", "CatalogueEntry"),
        "(((id)::varchar(50)))",
    ),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (model, definition) in INDEXES.items():
        table = apps.get_model(*model)._meta.db_table
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {definition}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue_search", "0002_curator_permissions"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
