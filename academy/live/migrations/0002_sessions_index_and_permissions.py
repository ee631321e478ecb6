"""The sessions index below the home page, and who may do what below it.

- Peer teachers may add sessions and publish them ("add", "publish"); `page_permissions.py`
  narrows every action on a session to the people who run it (host, co-hosts) and curators.
- Curators may add, edit, publish and delete any session.
"""

from django.db import migrations

from academy.migration_helpers import create_home_child, grant_page_permissions

PEER_TEACHER_PAGE_PERMISSIONS = ["add_page", "publish_page"]
CURATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]


def set_up_sessions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    index = create_home_child(
        apps,
        app_label="live",
        model="SessionsIndexPage",
        title="Live sessions",
        slugs=["sessions", "live-sessions"],
        intro=(
            "Learn live with peers who are a step ahead: bring your questions, vote for the "
            "ones you want answered, and leave with something to try."
        ),
    )
    grant_page_permissions(
        apps, Group.objects.get(name="Peer teachers"), index, PEER_TEACHER_PAGE_PERMISSIONS
    )
    grant_page_permissions(apps, Group.objects.get(name="Curators"), index, CURATOR_PAGE_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("live", "0001_initial"),
        ("peers", "0002_role_groups"),
        ("cms", "0002_create_homepage"),
    ]

    operations = [migrations.RunPython(set_up_sessions, migrations.RunPython.noop)]
