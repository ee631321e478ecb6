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
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
VAR = ROOT / "var"
PYTHON = sys.executable
BIN = Path(sys.executable).parent
# Real services for the benchmarks that measure them; each one gets its own database.
POSTGRES_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/academy_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
# A benchmark names the services it runs on: the caller's own settings never leak in.
_SERVICE_VARIABLES = {"DATABASE_URL", "REDIS_URL", "CHANNELS_PREFIX", "SQLITE_PATH"}


class BenchError(RuntimeError):
    """A benchmark could not run; the message says why in one line."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environ(env: dict[str, str]) -> dict[str, str]:
    inherited = {
        name: value for name, value in os.environ.items() if name not in _SERVICE_VARIABLES
    }
    return {**inherited, **env}


def wait_until_serving(url: str, *, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # any answer means the server is up; a websocket-only one says 426
        except OSError:
            time.sleep(0.25)
    raise BenchError(f"nothing answered at {url} within {timeout:.0f} s")


@dataclass
class Served:
    """A server started for a benchmark or test: its base URL and process."""

    url: str
    process: subprocess.Popen

    def cpu_seconds(self) -> float:
        """CPU time the process has used so far, every thread counted (Linux)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def server(
    command: list[str], *, env: dict[str, str], url: str, ready_path: str = "/", name: str
) -> Iterator[Served]:
    """Run a server process for the duration of the block, then stop it. Its output goes to
    var/<name>.log."""
    VAR.mkdir(exist_ok=True)
    log = (VAR / f"{name}.log").open("w")
    process = subprocess.Popen(
        command, cwd=ROOT, env=environ(env), stdout=log, stderr=subprocess.STDOUT
    )
    try:
        wait_until_serving(url + ready_path)
        yield Served(url, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@contextlib.contextmanager
def daphne(*, env: dict[str, str], name: str, ready_path: str = "/") -> Iterator[Served]:
    """The academy served by one daphne process on a free port."""
    port = free_port()
    command = [str(BIN / "daphne"), "-b", "127.0.0.1", "-p", str(port), "academy.asgi:application"]
    with server(
        command, env=env, url=f"http://127.0.0.1:{port}", ready_path=ready_path, name=name
    ) as served:
        yield served


def django(*args: str, env: dict[str, str]) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=environ(env), check=True)


def in_django(target: str, *, env: dict[str, str], **arguments):
    """Call `module:function(**arguments)` in a child process with Django set up on `env`
    and return its JSON result. One process holds one Django configuration, so a benchmark
    that compares databases prepares each of them this way."""
    result = subprocess.run(
        [PYTHON, "-m", "bench.in_django", target, json.dumps(arguments)],
        cwd=ROOT,
        env=environ(env),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def fresh_postgres(name: str) -> str:
    """An empty PostgreSQL database named after BENCH_DATABASE_URL's plus `_<name>`; its URL."""
    import psycopg

    url = urllib.parse.urlsplit(POSTGRES_URL)
    database = f"{url.path.lstrip('/')}_{name}"
    try:
        with psycopg.connect(url._replace(path="/postgres").geturl(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{database}"')
    except psycopg.OperationalError as error:
        raise BenchError(f"PostgreSQL at {url.hostname}:{url.port} refused: {error}") from None
    return url._replace(path=f"/{database}").geturl()


def require_redis() -> str:
    url = urllib.parse.urlsplit(REDIS_URL)
    try:
        socket.create_connection((url.hostname, url.port or 6379), timeout=2).close()
    except OSError as error:
        raise BenchError(f"no Redis at {url.hostname}:{url.port}: {error}") from None
    return REDIS_URL


# What a reader's browser says it is: pages are loaded as people load them, so that what the
# academy does for people (counting their visits, decision 52) is measured too.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def wrk(url: str, *, seconds: int, connections: int) -> dict:
    """Load one URL with wrk, as a browser; returns requests/s and latency percentiles in ms."""
    if not shutil.which("wrk"):
        raise BenchError("wrk is missing: install Debian's wrk package (make bench does, as root)")
    result = subprocess.run(
        [
            "wrk",
            f"--threads={min(2, connections)}",
            f"--connections={connections}",
            f"--duration={seconds}s",
            "--timeout=10s",
            f"--header=User-Agent: {BROWSER}",
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
