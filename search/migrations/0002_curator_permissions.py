from django.db import migrations

from academy.migration_helpers import permission

CURATOR_MODEL_PERMISSIONS = [
    (app_label, model, f"{action}_{model}")
    for app_label, model in [
        ("catalogue_search", "synonym"),
        ("wagtailsearchpromotions", "searchpromotion"),
    ]
    for action in ("add", "change", "delete", "view")
]


def grant_curators(apps, schema_editor):
    curators = apps.get_model("auth", "Group").objects.get(name="Curators")
    for app_label, model, codename in CURATOR_MODEL_PERMISSIONS:
        curators.permissions.add(permission(apps, app_label, model, codename))


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue_search", "0001_initial"),
        ("peers", "0002_role_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant_curators, migrations.RunPython.noop)]
