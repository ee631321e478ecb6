from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from academy.backups import BackupError, media, services


class Command(BaseCommand):
    help = (
        "Back up the database and the media files into one archive in BACKUP_DIR, while the "
        "academy keeps running. Restore it with `manage.py restore`."
    )

    def handle(self, *args, **options):
        try:
            path = services.take(
                directory=Path(settings.BACKUP_DIR), progress=options["verbosity"] > 0
            )
        except BackupError as error:
            raise CommandError(str(error)) from None
        except DatabaseError as error:
            raise CommandError(f"The database cannot be used: {error}") from None
        if options["verbosity"]:
            if not media.on_disk():
                self.stdout.write("Media are in object storage: they are not in this backup.")
            self.stdout.write(self.style.SUCCESS(f"Backup written: {path}"))
