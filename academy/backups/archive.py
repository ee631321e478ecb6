"""The archive of one backup, a .tar.gz file:

    database.sqlite3 or database.pgdump   the database dump
    media/...                             the files of MEDIA_ROOT
    manifest.json                         what is inside, with a SHA-256 checksum of each file

Restoring reads the manifest first and accepts nothing that it does not list, nor any file
whose checksum differs.
"""

import hashlib
import io
import json
import tarfile
import time
import zlib
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from tqdm import tqdm

from . import BackupError

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
CHUNK = 1024 * 1024


@contextmanager
def create(path: Path):
    """A new archive at this path, written through the Writer this yields."""
    with tarfile.open(path, "w:gz") as tar:
        yield Writer(tar)


class Writer:
    """Adds files to an archive, each read once and hashed for the manifest."""

    def __init__(self, tar: tarfile.TarFile):
        self._tar = tar

    def add(self, path: Path, name: str) -> str:
        """Add the file under this name; returns its SHA-256."""
        info = self._tar.gettarinfo(path, arcname=name)
        with path.open("rb") as file:
            reader = _Hashing(file)
            self._tar.addfile(info, reader)
        return reader.hash.hexdigest()

    def add_manifest(self, manifest: dict) -> None:
        data = json.dumps(manifest, indent=2, sort_keys=True).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(data)
        info.mtime = int(time.time())
        self._tar.addfile(info, io.BytesIO(data))


def read_manifest(path: Path) -> dict:
    with _open(path) as tar:
        try:
            manifest = json.load(tar.extractfile(MANIFEST))
        except KeyError:
            raise BackupError(f"{path} is not a backup of the academy: no manifest.") from None
        except ValueError:
            raise BackupError(f"The manifest of {path} is damaged.") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is in format {manifest.get('format')}, not {FORMAT}.")
    try:
        expected_files(manifest)
    except (KeyError, TypeError, AttributeError):
        raise BackupError(f"The manifest of {path} is damaged.") from None
    return manifest


def extract(path: Path, manifest: dict, into: Path, *, progress: bool) -> None:
    """Write every file the manifest lists below `into`, checking each one's checksum."""
    expected = expected_files(manifest)
    with _open(path) as tar:
        members = [member for member in tar.getmembers() if member.name != MANIFEST]
        unexpected = [m.name for m in members if m.name not in expected or not m.isfile()]
        if unexpected:
            raise BackupError(f"{path} holds files its manifest does not list: {unexpected[:3]}")
        missing = expected.keys() - {member.name for member in members}
        if missing:
            raise BackupError(f"{path} is incomplete: {len(missing)} files are missing.")
        for member in tqdm(members, desc="Extracting", unit="file", disable=not progress):
            target = into / member.name
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as source, target.open("wb") as copy:
                digest = hashlib.sha256()
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    copy.write(chunk)
            if digest.hexdigest() != expected[member.name]:
                raise BackupError(f"{path} is damaged: {member.name} has the wrong checksum.")


def expected_files(manifest: dict) -> dict[str, str]:
    """Name in the archive → SHA-256, for every file the manifest lists."""
    database = manifest["database"]
    expected = {database["file"]: database["sha256"]}
    for name, digest in (manifest["media"] or {}).get("sha256", {}).items():
        expected[f"{MEDIA}/{name}"] = digest
    for name in expected:
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts:
            raise BackupError(f"The manifest names a file outside the archive: {name}")
    return expected


@contextmanager
def _open(path: Path):
    """The archive, open for reading; a damaged one raises BackupError."""
    if not path.is_file():
        raise BackupError(f"There is no backup archive at {path}.")
    try:
        with tarfile.open(path, "r:gz") as tar:
            yield tar
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise BackupError(f"Cannot use the backup archive {path}: {error}") from None


class _Hashing:
    """A file reader that hashes what it reads, so each file is read once."""

    def __init__(self, file):
        self.file = file
        self.hash = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.hash.update(data)
        return data
