"""The badges defined in `academy/peers/badges.py`, with their wording in the source
language, and the curators' right to reword them and give them images.

The wording is copied here, not imported, so that this migration stays as it was written;
a badge added to the code later gets its row from its defaults when it is first awarded.
Curators get only the change permission: badges are added and removed with code.
"""

from django.db import migrations

BADGES = [
    (
        "first-lesson",
        "First lesson",
        "Completed a first lesson in the academy.",
        "Mark any lesson as done.",
    ),
    (
        "first-course",
        "First course completed",
        "Finished every lesson of a course.",
        "Complete every lesson of one course.",
    ),
    (
        "first-course-published",
        "First course published",
        "Wrote a course that passed peer review and was published.",
        "Write a course as a peer teacher and submit it: it counts once a mentor has "
        "reviewed it and a curator has approved it.",
    ),
    (
        "peer-teacher",
        "Peer teacher",
        "Teaches others in at least one topic.",
        "Become a peer teacher in any topic: earn the role on your path, or be nominated "
        "by a mentor and confirmed by a curator.",
    ),
    (
        "ten-kudos",
        "Ten kudos",
        "Wrote lessons that hold 10 kudos from other members.",
        "Write lessons other members thank you for: 10 kudos on your lessons. Kudos taken "
        "back do not count, nor kudos you give yourself.",
    ),
    (
        "helpful-reviewer",
        "Helpful reviewer",
        "Did 5 peer reviews of other members' courses.",
        "As a mentor, review 5 courses: approving one or asking for changes both count.",
    ),
    (
        "welcomer",
        "Welcomer",
        "Personally welcomed 5 newcomers.",
        "Send a personal welcome to 5 newcomers who have not started yet.",
    ),
    (
        "connector",
        "Connector",
        "Brought 3 people to the academy who started learning.",
        "Invite people with your referral link: 3 of them must join and complete a lesson.",
    ),
]


def create_badges(apps, schema_editor):
    Badge = apps.get_model("peers", "Badge")
    for slug, name, description, criteria in BADGES:
        Badge.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "criteria": criteria}
        )


def grant_curators(apps, schema_editor):
    # Django creates model permissions after all migrations ran: create this one now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="peers", model="badge")
    change, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="change_badge", defaults={"name": "Can change badge"}
    )
    curators, _ = apps.get_model("auth", "Group").objects.get_or_create(name="Curators")
    curators.permissions.add(change)


def remove_badges(apps, schema_editor):
    slugs = [slug for slug, *_wording in BADGES]
    apps.get_model("peers", "Badge").objects.filter(slug__in=slugs, awards__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("peers", "0005_ladder_badges_community"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_badges, remove_badges),
        migrations.RunPython(grant_curators, migrations.RunPython.noop),
    ]
