"""Dump and load the database with its vendor's own tools: SQLite's online backup API, and
pg_dump, pg_restore and psql for PostgreSQL. Loading replaces the whole database or nothing."""

import os
import re
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

from . import BackupError

DUMP_NAMES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
# psql runs this and the dump as one transaction: everything the database held goes, tables of
# a newer version of the academy included, or nothing changes if any statement fails.
REPLACE_SCHEMA = "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"


def vendor() -> str:
    if connection.vendor not in DUMP_NAMES:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
    return connection.vendor


def server_version() -> str:
    if vendor() == "sqlite":
        return sqlite3.sqlite_version
    connection.ensure_connection()
    return connection.connection.info.parameter_status("server_version")


def table_count() -> int:
    if vendor() == "sqlite" and not Path(connection.settings_dict["NAME"]).exists():
        return 0
    with connection.cursor() as cursor:
        return len(connection.introspection.table_names(cursor))


def migration_state() -> dict[str, str]:
    """The latest applied migration of each app."""
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return {}
    # Sorted by (app, name): the last name of each app wins.
    return dict(sorted(recorder.applied_migrations()))


def dump(target: Path) -> None:
    if vendor() == "sqlite":
        # The online backup API copies the last committed state, with what the WAL holds,
        # while the academy keeps running; the copy is one file in rollback-journal mode.
        source = sqlite3.connect(connection.settings_dict["NAME"], timeout=20)
        with closing(source), closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
    else:
        _postgres("pg_dump", "--format=custom", f"--file={target}")


def check(dump_file: Path, dump_vendor: str) -> None:
    """Read the whole dump, as loading it would."""
    if dump_vendor == "sqlite":
        with closing(sqlite3.connect(dump_file)) as database:
            try:
                result = database.execute("PRAGMA integrity_check").fetchone()[0]
            except sqlite3.DatabaseError as error:
                result = str(error)
            except UnicodeDecodeError:
                # Damage where the schema names tables: SQLite's error quotes the bytes.
                result = "pages that cannot be read"
        if result != "ok":
            raise BackupError(f"The database in the archive is damaged: {result}")
    else:
        _run("pg_restore", "--file=/dev/null", str(dump_file))


def load(dump_file: Path) -> None:
    """Replace the database with the dump, all at once."""
    check(dump_file, vendor())
    connection.close()
    if vendor() == "sqlite":
        target = Path(connection.settings_dict["NAME"])
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = target.with_name(f"{target.name}.restoring")
        shutil.copyfile(dump_file, staged)
        # The WAL of the old database must not be replayed into the new file.
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(staged, target)
    else:
        # The SQL is written out first: psql must never commit a stream that ended early.
        sql = dump_file.with_suffix(".sql")
        pg_restore = _client("pg_restore")
        _run(pg_restore, "--no-owner", "--no-privileges", f"--file={sql}", str(dump_file))
        _postgres(
            "psql",
            "--no-psqlrc",
            "--quiet",
            "--single-transaction",
            "--set=ON_ERROR_STOP=1",
            f"--command={REPLACE_SCHEMA}",
            f"--file={sql}",
        )


def _postgres(tool: str, *parameters: str) -> None:
    """Run a PostgreSQL client tool on the academy's database."""
    args, env = connection.client.settings_to_cmd_args_env(
        connection.settings_dict, list(parameters)
    )
    _run(_client(tool), *args[1:], env=env)


def _client(tool: str) -> str:
    """The PostgreSQL client tool, if it is at least as new as the server."""
    client = int(re.search(r"\) (\d+)", _run(tool, "--version")).group(1))
    server = connection.pg_version // 10000
    if client < server:
        raise BackupError(
            f"{tool} is version {client} but the server runs PostgreSQL {server}: install "
            f"the client tools of version {server} (Debian: postgresql-client-{server})."
        )
    return tool


def _run(*command: str, env: dict | None = None) -> str:
    try:
        # Fixed tool names, arguments from the settings, no shell.
        done = subprocess.run(  # noqa: S603
            command,
            env={**os.environ, **(env or {})},
            capture_output=True,
            text=True,
            # A damaged dump can put any bytes into the tool's error message.
            errors="replace",
        )
    except FileNotFoundError:
        raise BackupError(
            f"{command[0]} is not installed: install the PostgreSQL client tools "
            "(Debian: postgresql-client)."
        ) from None
    if done.returncode:
        problem = done.stderr.strip() or f"exit status {done.returncode}"
        raise BackupError(f"{command[0]} failed: {problem}")
    return done.stdout
