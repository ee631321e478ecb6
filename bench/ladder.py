"""The ladder's cost, in-process on a fresh copy of the demo: what reviewing a member adds to
the write that caused it, the daily run against the reputation rebuild, and "Your path"
against the profile page. Each figure is a median of repeated timings, read as a ratio to a
baseline timed in the same run.
"""

import os
import statistics
import time

from . import harness

REPEATS = 30
MEMBERS = 60


def _median_ms(timings: list[float]) -> float:
    return statistics.median(timings) * 1000


def _timed(operation) -> float:
    started = time.perf_counter()
    operation()
    return time.perf_counter() - started


def _setup_django(env: dict[str, str]) -> None:
    os.environ.update(env)
    import django

    django.setup()


def _completions() -> dict:
    """A lesson marked done, committed (ledger, ladder and badges follow after commit) against
    the same write rolled back (nothing follows)."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from academy.courses import services as course_services
    from academy.courses.models import LessonPage

    class RolledBack(Exception):
        pass

    def rolled_back(user, lesson):
        try:
            with transaction.atomic():
                course_services.mark_lesson_done(user=user, lesson=lesson)
                raise RolledBack
        except RolledBack:
            pass

    User = get_user_model()
    lessons = list(LessonPage.objects.live().order_by("path")[:REPEATS])
    baseline, measured = [], []
    for number, lesson in enumerate(lessons):
        user = User.objects.create_user(f"bench-completer-{number}", f"c{number}@example.org")
        baseline.append(_timed(lambda user=user, lesson=lesson: rolled_back(user, lesson)))
        measured.append(
            _timed(
                lambda user=user, lesson=lesson: course_services.mark_lesson_done(
                    user=user, lesson=lesson
                )
            )
        )
    return {"baseline_ms": _median_ms(baseline), "measured_ms": _median_ms(measured)}


def _daily_run() -> dict:
    """`update_ladder` against `rebuild_reputation`, both over every member, per member."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    members = get_user_model().objects.count()
    rebuild = [_timed(lambda: call_command("rebuild_reputation", verbosity=0)) for _ in range(3)]
    ladder = [_timed(lambda: call_command("update_ladder", verbosity=0)) for _ in range(3)]
    return {
        "members": members,
        "baseline_ms": _median_ms(rebuild) / members,
        "measured_ms": _median_ms(ladder) / members,
    }


def _path_page() -> dict:
    """ "Your path" against the member's own profile page, rendered in-process."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username="learner"))
    for url in ("/people/learner/", "/people/me/path/"):
        status = client.get(url).status_code  # also warms templates and caches
        if status != 200:
            raise harness.BenchError(f"{url} answered {status}, not a page to time")
    profile = [_timed(lambda: client.get("/people/learner/")) for _ in range(REPEATS)]
    path = [_timed(lambda: client.get("/people/me/path/")) for _ in range(REPEATS)]
    return {"baseline_ms": _median_ms(profile), "measured_ms": _median_ms(path)}


def _add_members() -> None:
    """Grow the demo so the daily run has members to look at."""
    from django.contrib.auth import get_user_model

    from academy.courses import services as course_services
    from academy.courses.models import LessonPage

    lessons = list(LessonPage.objects.live().order_by("path")[:5])
    for number in range(MEMBERS):
        user = get_user_model().objects.create_user(f"bench-member-{number}")
        for lesson in lessons[: number % 6]:
            course_services.mark_lesson_done(user=user, lesson=lesson)


def run() -> dict:
    harness.VAR.mkdir(exist_ok=True)
    database = harness.VAR / "bench-ladder.sqlite3"
    for leftover in harness.VAR.glob("bench-ladder.sqlite3*"):
        leftover.unlink()
    env = {"DJANGO_SETTINGS_MODULE": "bench.settings", "SQLITE_PATH": str(database)}
    harness.django("migrate", "--no-input", "-v", "0", env=env)
    harness.django("load_demo", "-v", "0", env=env)
    _setup_django(env)
    _add_members()
    figures = {
        "lesson done, with ladder and badges": {
            **_completions(),
            "baseline": "the same write, rolled back",
        },
        "update_ladder, per member": {**_daily_run(), "baseline": "rebuild_reputation"},
        "Your path page": {**_path_page(), "baseline": "own profile page"},
    }
    rows = []
    for name, row in figures.items():
        row["ratio"] = row["measured_ms"] / row["baseline_ms"]
        rows.append(
            [
                name,
                f"{row['measured_ms']:.1f}",
                row["baseline"],
                f"{row['baseline_ms']:.1f}",
                f"{row['ratio']:.2f}",
            ]
        )
    harness.print_table(
        f"Ladder (medians of {REPEATS} runs; daily run over every member)",
        ["operation", "ms", "baseline", "baseline ms", "ratio"],
        rows,
    )
    path = harness.write_results("ladder", figures)
    print(f"written to {path.relative_to(harness.ROOT)}")
    return figures
