"""Create one group per role; members of every role may open the Wagtail admin.

Wagtail's initial migrations create sample "Editors" and "Moderators" groups that may add,
edit and publish every page. Our Moderators role moderates people, not pages, so both sample
groups are removed (after every Wagtail migration that refers to them) and the role groups
start with admin access only. What each role may do with pages and snippets is granted by
the app that owns them, in its own migrations.
"""

from django.db import migrations

ROLE_GROUPS = ["Peer teachers", "Mentors", "Curators", "Moderators"]
WAGTAIL_SAMPLE_GROUPS = ["Editors", "Moderators"]


def create_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name__in=WAGTAIL_SAMPLE_GROUPS).delete()
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name in ROLE_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)


def remove_role_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("peers", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
