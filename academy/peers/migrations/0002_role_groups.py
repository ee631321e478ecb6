"""Create one group per role; members of every role may open the Wagtail admin.

What each group may do with pages and snippets is granted by the apps that own those
objects, in their own migrations.
"""

from django.db import migrations

ROLE_GROUPS = ["Peer teachers", "Mentors", "Curators", "Moderators"]


def create_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
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
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
