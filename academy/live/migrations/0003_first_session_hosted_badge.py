"""The "First session hosted" badge, with its wording in the source language (copied, not
imported, so that this migration stays as it was written)."""

from django.db import migrations

SLUG = "first-session-hosted"


def create_badge(apps, schema_editor):
    apps.get_model("peers", "Badge").objects.get_or_create(
        slug=SLUG,
        defaults={
            "name": "First session hosted",
            "description": "Hosted a live session that peers came to.",
            "criteria": "Schedule a live session as a peer teacher and host it: it counts once "
            "the session is over and at least one attendee joined its live room.",
        },
    )


def remove_badge(apps, schema_editor):
    apps.get_model("peers", "Badge").objects.filter(slug=SLUG, awards__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("live", "0002_sessions_index_and_permissions"),
        ("peers", "0006_initial_badges"),
    ]

    operations = [migrations.RunPython(create_badge, remove_badge)]
