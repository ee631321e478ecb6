from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from academy.notifications import selectors, services


class Command(BaseCommand):
    help = (
        "Email each member one daily digest of the notifications they asked to get that way "
        "and have not read yet. Run it once a day (cron); a notification is never sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the members with a digest due without sending anything.",
        )

    def handle(self, *args, **options):
        members = selectors.members_with_digest_due()
        if options["dry_run"]:
            self._list_due(members)
            return
        with tqdm(
            total=members.count(), desc="Digests", unit="member", disable=options["verbosity"] == 0
        ) as progress:
            outcome = services.send_digests(members=self._counted(members, progress))
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Digests sent: {outcome.sent}."))
        if outcome.failed:
            raise CommandError(
                f"{outcome.failed} digests could not be sent; the next run tries them again."
            )

    def _counted(self, members, progress):
        for member in members.iterator(chunk_size=500):
            yield member
            progress.update(1)

    def _list_due(self, members):
        due = selectors.digest_due()
        for member in members:
            count = due.filter(recipient=member).count()
            self.stdout.write(f"{member.email}: {count} notifications")
        self.stdout.write(f"Digests due: {members.count()} (dry run, nothing sent).")
