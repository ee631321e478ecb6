"""Academies of their own for tests that run manage.py in subprocesses (backups, migrations).

A scratch site is a database (a SQLite file, or a PostgreSQL database on the test database's
server when the suite runs on PostgreSQL) with its own media and backup folders. Its commands
run as separate processes with the environment passed explicitly, so nothing a test does to
it reaches the test database other tests use.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

import psycopg
from django.conf import settings
from psycopg import sql

from academy.settings import backends

POSTGRES = backends.uses_postgres(settings.DATABASES)
COMMAND_TIMEOUT = 300


class ScratchSite:
    def __init__(self, label: str, folder: Path):
        # On PostgreSQL: a database named after the test database, unique to this site.
        self.name = f"{settings.DATABASES['default']['NAME']}_{label}_{uuid.uuid4().hex[:6]}"
        self.sqlite_path = folder / f"{label}.sqlite3"
        self.media_root = folder / "media"
        self.backup_dir = folder / "backups"

    @property
    def env(self) -> dict[str, str]:
        env = {
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "academy.settings.dev",
            "MEDIA_ROOT": str(self.media_root),
            "BACKUP_DIR": str(self.backup_dir),
        }
        if POSTGRES:
            env["DATABASE_URL"] = _postgres_url(self.name)
        else:
            env["SQLITE_PATH"] = str(self.sqlite_path)
        return env

    def create(self, *, like: "ScratchSite | None" = None) -> "ScratchSite":
        """An empty database, or a copy of another scratch site's database and media."""
        if POSTGRES:
            template = (
                sql.SQL(" TEMPLATE {}").format(sql.Identifier(like.name)) if like else sql.SQL("")
            )
            _postgres(sql.SQL("CREATE DATABASE {}{}").format(sql.Identifier(self.name), template))
        elif like:
            with (
                closing(sqlite3.connect(like.sqlite_path)) as source,
                closing(sqlite3.connect(self.sqlite_path)) as copy,
            ):
                source.backup(copy)
        if like and like.media_root.exists():
            shutil.copytree(like.media_root, self.media_root)
        return self

    def drop(self) -> None:
        if POSTGRES:
            _postgres(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.name))
            )

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run manage.py on this site; with `check`, a failure fails the test with its output."""
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
        if check and done.returncode:
            raise AssertionError(f"manage.py {' '.join(args)} failed:\n{done.stderr}")
        return done

    def backup(self) -> Path:
        """Run `manage.py backup`; the archive it wrote."""
        written = self.manage("backup").stdout
        return Path(written.removeprefix("Backup written:").strip())

    def probe(self, name: str, *args: str):
        """What a function of tests/scratch_probes.py returns, run inside this site."""
        code = f"from tests import scratch_probes; scratch_probes.run({name!r}, *{args!r})"
        return json.loads(self.manage("shell", "--no-imports", "--command", code).stdout)


def _postgres_url(name: str) -> str:
    database = settings.DATABASES["default"]
    password = f":{quote(database['PASSWORD'], safe='')}" if database.get("PASSWORD") else ""
    return f"postgres://{database['USER']}{password}@{database['HOST']}:{database['PORT']}/{name}"


def _postgres(statement: sql.Composable) -> None:
    database = settings.DATABASES["default"]
    with psycopg.connect(
        host=database["HOST"],
        port=database["PORT"],
        user=database["USER"],
        password=database.get("PASSWORD") or None,
        dbname="postgres",
        autocommit=True,
    ) as admin:
        admin.execute(statement)
