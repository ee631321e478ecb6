"""What every benchmark shares: servers on 127.0.0.1, wrk runs, the table and the JSON file.

Figures are ratios against a baseline measured in the same run, because absolute times on a
shared two-core machine are noisy. Every loop here is bounded in time and count.
"""

import contextlib
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
VAR = ROOT / "var"
PYTHON = sys.executable
BIN = Path(sys.executable).parent


class BenchError(RuntimeError):
    """A benchmark could not run; the message says why in one line."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url: str, *, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.25)
    raise BenchError(f"nothing answered at {url} within {timeout:.0f} s")


@contextlib.contextmanager
def server(command: list[str], *, env: dict[str, str], ready_url: str) -> Iterator[None]:
    """Run a server process for the duration of the block, then stop it."""
    log = (VAR / "bench-server.log").open("w")
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        wait_until_serving(ready_url)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def django(*args: str, env: dict[str, str]) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env={**os.environ, **env}, check=True)


def wrk(url: str, *, seconds: int, connections: int) -> dict:
    """Load one URL with wrk; returns requests/s and latency percentiles in ms."""
    if not shutil.which("wrk"):
        raise BenchError("wrk is missing: install Debian's wrk package (make bench does, as root)")
    result = subprocess.run(
        [
            "wrk",
            f"--threads={min(2, connections)}",
            f"--connections={connections}",
            f"--duration={seconds}s",
            "--timeout=10s",
            f"--script={ROOT / 'bench' / 'wrk_report.lua'}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["rps"] = figures["requests"] / figures["seconds"]
    return figures


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    line = "  ".join(f"{{:<{width}}}" for width in widths)
    print(f"\n{title}")
    print(line.format(*header))
    print(line.format(*["-" * width for width in widths]))
    for row in rows:
        print(line.format(*row))


def write_results(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    payload = {
        "benchmark": name,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        **data,
    }
    path.write_text(json.dumps(payload, indent=2) + "\n")
    return path
