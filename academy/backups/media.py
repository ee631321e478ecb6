"""The media folder: uploaded images and documents under MEDIA_ROOT."""

import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from tqdm import tqdm


def on_disk() -> bool:
    """False when media live in object storage, which keeps its own copies (docs/operations.md)."""
    return isinstance(default_storage, FileSystemStorage)


def root() -> Path:
    return Path(settings.MEDIA_ROOT)


def files(folder: Path) -> list[tuple[str, Path]]:
    """Every file below the folder with its path relative to it, in a stable order."""
    if not folder.is_dir():
        return []
    return sorted(
        (path.relative_to(folder).as_posix(), path) for path in folder.rglob("*") if path.is_file()
    )


def replace(staged: Path, *, progress: bool) -> None:
    """Make MEDIA_ROOT hold exactly the staged files."""
    target = root()
    restored = files(staged)
    for name, path in tqdm(restored, desc="Media", unit="file", disable=not progress):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, destination)
    kept = {name for name, _path in restored}
    for name, path in files(target):
        if name not in kept:
            path.unlink()
