"""Take a backup and restore one (docs/operations.md, "Backups and restore")."""

import tempfile
from pathlib import Path

from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from tqdm import tqdm

from . import BackupError, archive, database, media

VENDOR_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
WHERE_TO_RESTORE = {
    "sqlite": "unset DATABASE_URL (the database is then the file SQLITE_PATH)",
    "postgresql": "set DATABASE_URL to the PostgreSQL database to restore into",
}


def take(*, directory: Path, progress: bool) -> Path:
    """Write one archive of the database and the media files into the directory."""
    created_at = timezone.now().replace(microsecond=0)
    path = directory / f"academy-{created_at:%Y%m%d-%H%M%S}.tar.gz"
    if path.exists():
        raise BackupError(f"{path} already exists: take the next backup a second later.")
    directory.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.partial")
    vendor = database.vendor()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="academy-backup-") as folder,
            archive.create(partial) as writer,
        ):
            dump = Path(folder) / database.DUMP_NAMES[vendor]
            database.dump(dump)
            writer.add_manifest(
                {
                    "format": archive.FORMAT,
                    "created_at": created_at.isoformat(),
                    "database": {
                        "vendor": vendor,
                        "server_version": database.server_version(),
                        "file": dump.name,
                        "bytes": dump.stat().st_size,
                        "sha256": writer.add(dump, dump.name),
                    },
                    "migrations": database.migration_state(),
                    "media": _add_media(writer, progress=progress) if media.on_disk() else None,
                }
            )
        # The archive holds members' personal data: only its owner may read it.
        partial.chmod(0o600)
        partial.rename(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def verify(*, path: Path, progress: bool) -> dict:
    """Read the whole archive and check every file in it; change nothing."""
    manifest = archive.read_manifest(path)
    with tempfile.TemporaryDirectory(prefix="academy-verify-") as folder:
        archive.extract(path, manifest, Path(folder), progress=progress)
        database.check(Path(folder) / manifest["database"]["file"], manifest["database"]["vendor"])
    return manifest


def restore(*, path: Path, force: bool, progress: bool) -> dict:
    """Replace the database and the media files with the archive's; `migrate` comes after."""
    manifest = archive.read_manifest(path)
    _check_fits(manifest)
    if not force:
        _check_empty(manifest)
    with tempfile.TemporaryDirectory(prefix="academy-restore-") as folder:
        staged = Path(folder)
        archive.extract(path, manifest, staged, progress=progress)
        database.load(staged / manifest["database"]["file"])
        if manifest["media"] is not None:
            media.replace(staged / archive.MEDIA, progress=progress)
    return manifest


def _add_media(writer: archive.Writer, *, progress: bool) -> dict:
    checksums, size = {}, 0
    for name, path in tqdm(
        media.files(media.root()), desc="Media", unit="file", disable=not progress
    ):
        checksums[name] = writer.add(path, f"{archive.MEDIA}/{name}")
        size += path.stat().st_size
    return {"files": len(checksums), "bytes": size, "sha256": checksums}


def _check_fits(manifest: dict) -> None:
    """The archive is for this kind of database and no newer than this code."""
    theirs, ours = manifest["database"]["vendor"], database.vendor()
    if theirs != ours:
        raise BackupError(
            f"This archive holds a {VENDOR_NAMES.get(theirs, theirs)} database but the academy "
            f"runs on {VENDOR_NAMES[ours]}: {WHERE_TO_RESTORE.get(theirs, '')}, then restore."
        )
    loader = MigrationLoader(None, ignore_no_migrations=True)
    unknown = sorted(
        f"{app}.{name}"
        for app, name in manifest["migrations"].items()
        if app in loader.migrated_apps and (app, name) not in loader.disk_migrations
    )
    if unknown:
        raise BackupError(
            "This archive comes from a newer version of the academy (this code has no "
            f"migration {', '.join(unknown)}): restore it with that version."
        )
    if manifest["media"] is not None and not media.on_disk():
        raise BackupError(
            "This archive holds media files but media are kept in object storage here: "
            "restore with media on disk (MEDIA_ROOT), then copy them to the bucket."
        )


def _check_empty(manifest: dict) -> None:
    tables = database.table_count()
    files = len(media.files(media.root())) if manifest["media"] is not None else 0
    if tables or files:
        raise BackupError(
            f"The academy is not empty ({tables} tables in the database, {files} media "
            "files): restoring would replace them. Run again with --force "
            "(make restore FORCE=1) to replace them."
        )
