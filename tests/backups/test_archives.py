"""What `manage.py backup` writes, and what `manage.py restore` refuses before it changes
anything. The refusals run in this process without database access: pytest-django fails any
that reaches the database."""

import hashlib
import io
import json
import stat
import tarfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from tests.scratch import ScratchSite

OTHER_VENDOR = {"sqlite": "postgresql", "postgresql": "sqlite"}
NOTES = b"Check-in, agenda, check-out.\n"


@pytest.fixture(scope="module")
def backed_up(scratch_migrated, tmp_path_factory):
    """A backup of a freshly migrated academy with one media file."""
    site = ScratchSite("archives", tmp_path_factory.mktemp("archives"))
    site.create(like=scratch_migrated)
    try:
        (site.media_root / "documents").mkdir(parents=True)
        (site.media_root / "documents" / "notes.txt").write_bytes(NOTES)
        yield site.backup()
    finally:
        site.drop()


def manifest_of(path) -> dict:
    with tarfile.open(path) as tar:
        return json.load(tar.extractfile("manifest.json"))


def repack(source, target, *, edit=None, replace=None):
    """A copy of the archive with its manifest edited or some files' bytes replaced."""
    with tarfile.open(source) as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            data = old.extractfile(member).read()
            if member.name == "manifest.json" and edit:
                manifest = json.loads(data)
                edit(manifest)
                data = json.dumps(manifest).encode()
            data = (replace or {}).get(member.name, data)
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))
    return target


def restore(*args):
    call_command("restore", *map(str, args), verbosity=0)


def test_the_archive_says_what_is_inside_and_only_its_owner_reads_it(backed_up):
    assert stat.S_IMODE(backed_up.stat().st_mode) == 0o600
    manifest = manifest_of(backed_up)
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["migrations"]["courses"].startswith("0004_")
    assert manifest["media"]["files"] == 1
    assert manifest["media"]["sha256"] == {"documents/notes.txt": hashlib.sha256(NOTES).hexdigest()}
    with tarfile.open(backed_up) as tar:
        dump = tar.extractfile(manifest["database"]["file"]).read()
    assert hashlib.sha256(dump).hexdigest() == manifest["database"]["sha256"]


def test_check_reads_the_whole_archive(backed_up, capsys):
    call_command("restore", "--check", str(backed_up))
    assert "The archive is complete" in capsys.readouterr().out


def test_there_is_no_archive(tmp_path):
    with pytest.raises(CommandError, match="There is no backup archive at"):
        restore(tmp_path / "academy-20261123-220000.tar.gz")


def test_a_file_that_is_not_an_archive(tmp_path):
    not_an_archive = tmp_path / "notes.tar.gz"
    not_an_archive.write_bytes(NOTES)
    with pytest.raises(CommandError, match="Cannot use the backup archive"):
        restore(not_an_archive)


def test_a_cut_off_archive(backed_up, tmp_path):
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(backed_up.read_bytes()[: backed_up.stat().st_size // 2])
    with pytest.raises(CommandError, match="Cannot use the backup archive"):
        restore(cut)


def test_an_archive_without_a_manifest(tmp_path):
    path = tmp_path / "other.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        tar.add(__file__, arcname="test.py")
    with pytest.raises(CommandError, match="not a backup of the academy"):
        restore(path)


def test_an_archive_of_the_other_database(backed_up, tmp_path):
    def other_vendor(manifest):
        manifest["database"]["vendor"] = OTHER_VENDOR[connection.vendor]

    path = repack(backed_up, tmp_path / "other.tar.gz", edit=other_vendor)
    with pytest.raises(CommandError, match="database but the academy runs on") as refused:
        restore(path)
    assert "DATABASE_URL" in str(refused.value)


def test_an_archive_from_a_newer_version(backed_up, tmp_path):
    def newer(manifest):
        manifest["migrations"]["courses"] = "0999_from_the_future"

    path = repack(backed_up, tmp_path / "newer.tar.gz", edit=newer)
    with pytest.raises(CommandError, match=r"no migration courses\.0999_from_the_future"):
        restore(path)


def test_a_damaged_media_file(backed_up, tmp_path):
    path = repack(backed_up, tmp_path / "d.tar.gz", replace={"media/documents/notes.txt": b"?"})
    with pytest.raises(CommandError, match=r"media/documents/notes\.txt has the wrong checksum"):
        restore("--check", path)


def damaged(backed_up, target, damage) -> str:
    """A copy of the archive whose database dump `damage` changed after its checksum was
    taken, with a checksum that matches again."""
    manifest = manifest_of(backed_up)
    with tarfile.open(backed_up) as tar:
        dump = bytearray(tar.extractfile(manifest["database"]["file"]).read())
    damage(dump)

    def new_checksum(manifest):
        manifest["database"]["sha256"] = hashlib.sha256(dump).hexdigest()

    replace = {manifest["database"]["file"]: bytes(dump)}
    return repack(backed_up, target, edit=new_checksum, replace=replace)


def test_a_damaged_database(backed_up, tmp_path):
    """The dump itself cannot be read."""

    def overwrite_a_third(dump):
        dump[len(dump) // 3 : len(dump) // 3 + 4096] = b"\xff" * 4096

    path = damaged(backed_up, tmp_path / "damaged.tar.gz", overwrite_a_third)
    with pytest.raises(CommandError, match=r"damaged|pg_restore failed"):
        restore("--check", path)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="an SQLite file keeps its schema as text")
def test_a_database_whose_schema_is_damaged(backed_up, tmp_path):
    """Where SQLite keeps a table's name: its error then quotes bytes that are not text."""

    def overwrite_a_table_name(dump):
        start = dump.index(b"tabledjango_migrations") + len(b"table")
        dump[start : start + 8] = b"\xff" * 8

    path = damaged(backed_up, tmp_path / "schema.tar.gz", overwrite_a_table_name)
    with pytest.raises(CommandError, match=r"The database in the archive is damaged"):
        restore("--check", path)


@pytest.mark.django_db
def test_media_in_object_storage_are_left_to_it(tmp_path, settings, capsys):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    settings.BACKUP_DIR = tmp_path
    call_command("backup")
    assert "object storage" in capsys.readouterr().out
    [path] = tmp_path.glob("academy-*.tar.gz")
    assert manifest_of(path)["media"] is None
