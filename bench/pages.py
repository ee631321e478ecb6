"""Pages: requests per second and p95 latency of the academy's pages next to a bare Django
view, all served by the same server process in the same run.

Configurations: `make demo`'s single daphne process (ASGI for HTTP and websockets). The
production topology of docs/operations.md joins this table when it lands.
"""

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
