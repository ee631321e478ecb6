"""Code that tests run inside a scratch site's own process (`ScratchSite.probe`, in
tests/scratch.py): each function returns something JSON can carry back to the test."""

import json

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import override_settings

from academy.courses.models import CoursePage, Enrolment, LessonPage
from academy.live.models import LiveSessionPage, Registration
from academy.live.services import registration
from academy.peers.models import Badge, BadgeAward, ReputationEvent


def run(name: str, *args: str) -> None:
    # Emails go to the console in development settings, which is where the answer goes.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        answer = PROBES[name](*args)
    print(json.dumps(answer, default=str))


def demo_content() -> dict[str, list[str]]:
    """What members and teachers would miss if a migration or a restore lost it."""
    return {
        "courses": _rows(
            (page.url_path, page.title, page.live, page.summary, page.outcomes.get_prep_value())
            for page in CoursePage.objects.all()
        ),
        "lessons": _rows(
            (page.url_path, page.title, page.live, page.summary, page.body.get_prep_value())
            for page in LessonPage.objects.all()
        ),
        "enrolments": _rows(
            Enrolment.objects.values_list(
                "user__username", "course__url_path", "enrolled_at", "completed_at"
            )
        ),
        "sessions": _rows(LiveSessionPage.objects.values_list("url_path", "title", "starts_at")),
        "registrations": _rows(
            Registration.objects.values_list(
                "session__url_path", "user__username", "status", "queued_at"
            )
        ),
        "ledger": _rows(
            ReputationEvent.objects.values_list(
                "user__username", "cause_key", "points", "topic__slug", "created_at"
            )
        ),
        "badges": _rows(Badge.objects.values_list("slug", "name", "description", "criteria")),
        "awards": _rows(
            BadgeAward.objects.values_list("badge__slug", "user__username", "uid", "awarded_at")
        ),
    }


def tables() -> dict[str, dict]:
    """Every table with its columns and rows, read without the models (which describe only
    the latest schema)."""
    found = {}
    with connection.cursor() as cursor:
        derived = _full_text_storage(cursor)
        for table in connection.introspection.table_names(cursor):
            if table.startswith(derived):
                continue
            description = connection.introspection.get_table_description(cursor, table)
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            found[table] = {
                "columns": [column.name for column in description],
                "rows": cursor.fetchall(),
            }
    return found


def _full_text_storage(cursor) -> tuple[str, ...]:
    """SQLite's full-text tables and the tables they keep their index in: derived from the
    rows they index, so a migration that rebuilds one holds the same words in other bytes."""
    if connection.vendor != "sqlite":
        return ()
    cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
    return tuple(name for (name,) in cursor.fetchall())


def migrate_back_and_forward(*targets: str) -> dict:
    """Migrate back to each "app:migration" target in turn (as `manage.py migrate app
    migration` does), then forward again (as `manage.py migrate`), reading the tables and the
    demo content on the way."""
    before = demo_content()
    start = tables()
    for target in targets:
        call_command("migrate", *target.split(":"), verbosity=0)
    earlier = tables()
    call_command("migrate", verbosity=0)
    return {
        "start": start,
        "earlier": earlier,
        "after": tables(),
        "content_before": before,
        "content_after": demo_content(),
    }


def change_demo() -> dict[str, str]:
    """A bad day: a course goes, with its lessons; a member's reputation entries go; someone
    registers for a session."""
    course = CoursePage.objects.filter(live=True).order_by("url_path").first()
    course.delete()
    member = ReputationEvent.objects.order_by("user__username").first().user
    ReputationEvent.objects.filter(user=member).delete()
    User = get_user_model()
    for session in LiveSessionPage.objects.live().order_by("starts_at"):
        for user in User.objects.exclude(session_registrations__session=session).order_by("pk"):
            try:
                registration.register(user=user, session=session)
            except registration.RegistrationError:
                continue
            return {
                "deleted": course.url_path,
                "ledger_of": member.username,
                "registered": f"{user} for {session.url_path}",
            }
    raise AssertionError("No member could register for any session.")


def _rows(rows) -> list[str]:
    """Rows in a stable order, each as JSON, so that they compare across processes."""
    return sorted(json.dumps(row, default=str, sort_keys=True) for row in rows)


PROBES = {
    probe.__name__: probe for probe in (demo_content, tables, migrate_back_and_forward, change_demo)
}
