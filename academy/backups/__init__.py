"""Backups of the academy's database and media files, and restoring them.

`archive.py` is the archive format, `database.py` dumps and loads the database with its
vendor's own tools, `media.py` reads and replaces the media folder and `services.py` takes and
restores a backup (docs/operations.md, "Backups and restore").
"""


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""
