from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from academy.backups import BackupError, services
from academy.backups.services import VENDOR_NAMES


class Command(BaseCommand):
    help = (
        "Restore a backup archive: replace the database and the media files with the "
        "archive's, then migrate them to this version. Stop the web and worker processes first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="The archive written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database and media folder that are not empty.",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only read the archive and check every file in it; change nothing.",
        )

    def handle(self, *args, **options):
        path, verbosity = options["archive"], options["verbosity"]
        try:
            if options["check"]:
                manifest = services.verify(path=path, progress=verbosity > 0)
            else:
                manifest = services.restore(
                    path=path, force=options["force"], progress=verbosity > 0
                )
        except BackupError as error:
            raise CommandError(str(error)) from None
        except DatabaseError as error:
            raise CommandError(f"The database cannot be used: {error}") from None
        if options["check"]:
            if verbosity:
                complete = f"The archive is complete: {describe(manifest)}."
                self.stdout.write(self.style.SUCCESS(complete))
            return
        if verbosity:
            self.stdout.write(f"Restored {describe(manifest)}. Migrating:")
        call_command("migrate", interactive=False, verbosity=verbosity)
        if verbosity:
            self.stdout.write(self.style.SUCCESS(f"Restore of {path} done."))


def describe(manifest: dict) -> str:
    media = manifest["media"]
    files = "media in object storage" if media is None else f"{media['files']} media files"
    return (
        f"the {VENDOR_NAMES[manifest['database']['vendor']]} database and {files} "
        f"backed up at {manifest['created_at']}"
    )
