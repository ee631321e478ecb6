from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from academy.live.services import reminders
from academy.live.services.emails import when


class Command(BaseCommand):
    help = (
        "Email the reminders that are due: a day and an hour before each session, to every "
        "member with a seat. Run it every few minutes (cron); a reminder is never sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List the reminders due without sending them."
        )

    def handle(self, *args, **options):
        if options["dry_run"]:
            self._list_due()
            return
        outcome = reminders.send_due()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Reminders sent: {outcome.sent}."))
        if outcome.failed:
            raise CommandError(
                f"{outcome.failed} reminders could not be sent; the next run tries them again."
            )

    def _list_due(self):
        now = timezone.now()
        due = [
            (reminder, registration)
            for reminder in reminders.REMINDERS
            for registration in reminder.due(now)
        ]
        for reminder, registration in due:
            session = registration.session
            self.stdout.write(
                f"{reminder.name}: {registration.user.email} for “{session.title}” "
                f"(session {session.pk}, {when(session)})"
            )
        self.stdout.write(f"Reminders due: {len(due)} (dry run, nothing sent).")
