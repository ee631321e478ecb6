"""Registration under contention: 200 members ask for the 50 seats of one session at the same
moment, on PostgreSQL, next to 200 plain inserts of the same rows made the same way in the
same run. Each registration locks the session's state row, so they queue on it; the figures
say what that queue costs, and the check says it kept its promise: exactly 50 seats, and
everyone else on the waitlist in the order the lock let them in.
"""

import queue
import statistics
import threading
import time

from . import harness

MEMBERS = 200
SEATS = 50
# Threads, each with its own database connection, as that many server workers would have;
# PostgreSQL allows 100 connections by default.
WORKERS = 32


def _burst(operation, people: list) -> dict:
    """Call `operation(person)` for everyone at once, spread over WORKERS threads whose
    connections are open before the start; each call's duration and the overall rate."""
    from django.db import connection

    pending = queue.SimpleQueue()
    for person in people:
        pending.put(person)
    ready = threading.Barrier(WORKERS + 1)
    timings, errors = [], []

    def work() -> None:
        connection.ensure_connection()
        ready.wait()
        try:
            while True:
                try:
                    person = pending.get_nowait()
                except queue.Empty:
                    return
                began = time.perf_counter()
                try:
                    operation(person)
                except Exception as error:
                    errors.append(repr(error))
                    continue
                timings.append(time.perf_counter() - began)
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    ready.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise harness.BenchError(f"{len(errors)} calls failed, the first: {errors[0]}")
    timings.sort()
    return {
        "per_second": len(timings) / elapsed,
        "p50_ms": statistics.median(timings) * 1000,
        "p99_ms": timings[int(len(timings) * 0.99)] * 1000,
    }


def _outcome(session) -> dict:
    """Seats and waitlist as stored. Rows are numbered as the lock let each request in, so
    the first SEATS must hold the seats and the waitlist must keep the rest in that order."""
    from academy.live import selectors
    from academy.live.models import Registration

    rows = list(Registration.objects.filter(session=session).order_by("pk"))
    registered = [row for row in rows if row.status == Registration.Status.REGISTERED]
    waitlisted = [row for row in rows if row.status == Registration.Status.WAITLISTED]
    in_order = registered == rows[:SEATS] and list(selectors.waitlist(session)) == rows[SEATS:]
    return {"registered": len(registered), "waitlisted": len(waitlisted), "in_order": in_order}


def measure() -> dict:
    """In a child process on a migrated PostgreSQL database (see `run`)."""
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from academy.live.models import Registration
    from academy.live.services import registration
    from tests.factories import make_session

    User = get_user_model()
    host = User.objects.create_user("bench-host")
    contested = make_session("Bench seats", host=host, capacity=SEATS)
    spacious = make_session("Bench baseline", host=host, capacity=MEMBERS, starts_in=timedelta(1))
    people = [User.objects.create_user(f"bench-member-{number}") for number in range(MEMBERS)]
    baseline = _burst(
        lambda person: Registration.objects.create(
            user=person,
            session=spacious,
            status=Registration.Status.REGISTERED,
            queued_at=timezone.now(),
        ),
        people,
    )
    measured = _burst(lambda person: registration.register(user=person, session=contested), people)
    return {"baseline": baseline, "register": measured, "outcome": _outcome(contested)}


def run() -> dict:
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": harness.fresh_postgres("registration"),
    }
    harness.django("migrate", "--no-input", "-v", "0", env=env)
    figures = harness.in_django("bench.registration:measure", env=env)
    baseline, measured, outcome = figures["baseline"], figures["register"], figures["outcome"]
    rows = [
        [
            name,
            f"{row['per_second']:.0f}",
            f"{row['p50_ms']:.1f}",
            f"{row['p99_ms']:.1f}",
            f"{row['per_second'] / baseline['per_second']:.2f}",
            f"{row['p99_ms'] / baseline['p99_ms']:.2f}",
        ]
        for name, row in (("plain insert (baseline)", baseline), ("register", measured))
    ]
    harness.print_table(
        f"Registration ({MEMBERS} members at once for {SEATS} seats, {WORKERS} workers, "
        "PostgreSQL)",
        ["operation", "per s", "p50 ms", "p99 ms", "rate ratio", "p99 ratio"],
        rows,
    )
    print(
        f"registered {outcome['registered']} (expected {SEATS}), "
        f"waitlisted {outcome['waitlisted']} (expected {MEMBERS - SEATS}), "
        f"in the order the lock let them in: {'yes' if outcome['in_order'] else 'NO'}"
    )
    path = harness.write_results(
        "registration",
        {"members": MEMBERS, "seats": SEATS, "workers": WORKERS, **figures},
    )
    print(f"written to {path.relative_to(harness.ROOT)}")
    return figures
