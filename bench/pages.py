"""Pages: requests per second and p95 latency of the academy's pages next to a bare Django
view, all served by the same server process in the same run.

Configurations: `make demo`'s single daphne process (ASGI for HTTP and websockets), and the
production topology of docs/operations.md (`make prod-local`: nginx, gunicorn, two daphne
processes, the task worker, on PostgreSQL and Redis), each with its own bare view.
"""

import contextlib
import subprocess
import uuid
from collections.abc import Iterator

from cms.demo import catalogue as demo_catalogue

from . import harness

SECONDS = 5
CONNECTIONS = 8


def _pages() -> list[tuple[str, str]]:
    """Name and path of each page; the bare view first, every ratio is against it."""
    course = next(data for data in demo_catalogue.COURSES if data["state"] == "published")
    course_path = f"/courses/{course['slug']}/"
    return [
        ("bare Django view", "/bench/bare/"),
        ("home page", "/"),
        ("catalogue", "/courses/"),
        ("course page", course_path),
        ("lesson page", f"{course_path}{course['lessons'][0]['slug']}/"),
        ("standard page", "/how-it-works/"),
        ("profile page", "/people/mentor/"),
    ]


def _prepare_database(env: dict[str, str]) -> None:
    harness.django("migrate", "--no-input", "-v", "0", env=env)
    harness.django("load_demo", "-v", "0", env=env)


def _measure(base_url: str) -> list[dict]:
    measured = []
    for name, path in _pages():
        harness.wrk(base_url + path, seconds=1, connections=2)  # warm caches and imports
        figures = harness.wrk(base_url + path, seconds=SECONDS, connections=CONNECTIONS)
        measured.append({"page": name, "path": path, **figures})
    bare_rps = measured[0]["rps"]
    for row in measured:
        row["ratio_to_bare"] = row["rps"] / bare_rps
    return measured


@contextlib.contextmanager
def _production_topology() -> Iterator[str]:
    """`make prod-local` on free ports, a fresh PostgreSQL database and its own Redis prefix;
    its URL."""
    folder = harness.VAR / "bench-prod-local"
    run = uuid.uuid4().hex[:8]
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.production_settings",
        "PROD_LOCAL_DIR": str(folder),
        "PROD_LOCAL_PORT": str(harness.free_port()),
        "GUNICORN_BIND": f"127.0.0.1:{harness.free_port()}",
        "DAPHNE_1_PORT": str(harness.free_port()),
        "DAPHNE_2_PORT": str(harness.free_port()),
        "DATABASE_URL": harness.fresh_postgres("pages"),
        "REDIS_URL": harness.require_redis(),
        "CHANNELS_PREFIX": f"bench-{run}",
        "CACHE_KEY_PREFIX": f"bench-{run}",
        "LOG_LEVEL": "WARNING",
    }
    command = [harness.PYTHON, "deploy/prod_local.py"]
    subprocess.run([*command, "start"], cwd=harness.ROOT, env=harness.environ(env), check=True)
    try:
        yield f"http://127.0.0.1:{env['PROD_LOCAL_PORT']}"
    finally:
        subprocess.run([*command, "stop"], cwd=harness.ROOT, env=harness.environ(env), check=True)


def run() -> dict:
    harness.VAR.mkdir(exist_ok=True)
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SQLITE_PATH": str(harness.VAR / "bench.sqlite3"),
    }
    _prepare_database(env)
    configurations = {}
    with harness.daphne(env=env, ready_path="/bench/bare/", name="bench-pages") as served:
        configurations["daphne (make demo)"] = _measure(served.url)
    with _production_topology() as url:
        configurations["production topology"] = _measure(url)

    rows = [
        [
            configuration,
            row["page"],
            f"{row['rps']:.0f}",
            f"{row['p95_ms']:.1f}",
            f"{row['ratio_to_bare']:.2f}",
            str(row["errors"]),
        ]
        for configuration, measured in configurations.items()
        for row in measured
    ]
    harness.print_table(
        f"Pages ({CONNECTIONS} connections, {SECONDS} s each)",
        ["server", "page", "req/s", "p95 ms", "ratio to bare", "errors"],
        rows,
    )
    path = harness.write_results(
        "pages",
        {"seconds": SECONDS, "connections": CONNECTIONS, "configurations": configurations},
    )
    print(f"written to {path.relative_to(harness.ROOT)}")
    return configurations
