"""`manage.py backup` and `manage.py restore` on academies of their own (tests/scratch.py),
with the real SQLite or PostgreSQL tools of the run."""

import pytest

from tests.scratch import POSTGRES

MEDIA = {
    "documents/facilitation-handout.txt": b"Check-in, agenda, check-out.\n" * 50,
    "original_images/cover.png": bytes(range(256)) * 64,
}


def write_media(site) -> None:
    for name, data in MEDIA.items():
        path = site.media_root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def media_of(site) -> dict[str, bytes]:
    return {
        path.relative_to(site.media_root).as_posix(): path.read_bytes()
        for path in site.media_root.rglob("*")
        if path.is_file()
    }


def test_restore_brings_back_what_the_backup_holds(scratch_demo, scratch_copy):
    site = scratch_copy(scratch_demo)
    write_media(site)
    backed_up = site.probe("demo_content")
    archive = site.backup()

    changed = site.probe("change_demo")
    (site.media_root / "original_images/cover.png").unlink()
    (site.media_root / "documents/facilitation-handout.txt").write_bytes(b"overwritten")
    (site.media_root / "documents/uploaded-later.txt").write_bytes(b"new")
    refused = site.manage("restore", str(archive), check=False)
    assert refused.returncode == 1
    assert "--force" in refused.stderr

    after_bad_day = site.probe("demo_content")
    assert changed["deleted"] not in str(after_bad_day["courses"])
    assert after_bad_day["ledger"] != backed_up["ledger"]
    assert len(after_bad_day["registrations"]) == len(backed_up["registrations"]) + 1

    site.manage("restore", "--force", str(archive))
    assert site.probe("demo_content") == backed_up
    assert media_of(site) == MEDIA


def test_restore_into_an_empty_database_as_on_a_new_server(scratch_demo, scratch_copy):
    archive = scratch_demo.backup()
    new_server = scratch_copy()

    restored = new_server.manage("restore", str(archive))

    assert "Restored the" in restored.stdout
    assert new_server.probe("demo_content") == scratch_demo.probe("demo_content")


@pytest.mark.skipif(not POSTGRES, reason="a half-done restore needs PostgreSQL's transactions")
def test_a_restore_that_fails_halfway_changes_nothing(scratch_demo, scratch_copy):
    import psycopg

    site = scratch_copy(scratch_demo)
    # pg_dump writes this index after the data, and rebuilding it fails: the function's
    # body finds no table on pg_restore's empty search path (a known way restores fail).
    with psycopg.connect(site.env["DATABASE_URL"], autocommit=True) as database:
        database.execute(
            """
            CREATE TABLE lookup (x int); INSERT INTO lookup VALUES (1);
            CREATE FUNCTION looked_up(int) RETURNS bigint LANGUAGE sql IMMUTABLE
                AS 'SELECT count(*) FROM lookup';
            CREATE TABLE indexed (x int); INSERT INTO indexed VALUES (1);
            CREATE INDEX indexed_by_lookup ON indexed (looked_up(x));
            """
        )
    archive = site.backup()
    site.probe("change_demo")
    after_bad_day = site.probe("demo_content")

    failed = site.manage("restore", "--force", str(archive), check=False)

    assert failed.returncode == 1
    assert "psql failed" in failed.stderr
    assert site.probe("demo_content") == after_bad_day
