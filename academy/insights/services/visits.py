"""Counting views and visitors of pages without knowing who visited (decision 52).

A visitor is a digest of the day's random salt, their address, their browser's user agent and
the site's host: the same browser on the same network counts once a day per page, and with
the salt deleted after its day nothing can tell whose digest it was, nor link one day's
visitor to the next day's. The address and user agent are hashed as the view is counted and
never kept anywhere: not in the database, the cache, the logs or the buffer.

Views are not written one by one: each process adds them up in memory and writes them in one
batch every `VISITS_FLUSH_SECONDS` seconds or `VISITS_FLUSH_VIEWS` views (whichever comes
first, checked as views arrive), when the rollup runs in the process, and when the process
exits. A batch adds to each page's views in one statement per day and increment, and adds
the marks with inserts that skip the ones already there, so any number of processes can
flush at the same time, on PostgreSQL and on SQLite.
"""

import hashlib
import logging
import secrets
import threading
import time
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from datetime import time as dt_time

from django.conf import settings
from django.db import DatabaseError, connections, transaction
from django.db.models import F, Q
from django.utils import timezone

from ..models import DailySalt, PageVisit, VisitorMark

log = logging.getLogger(__name__)


_day_lock = threading.Lock()
# Today's date and the moment (time.time()) it ends: working out the local date from the
# clock and the time zone on every view would cost more than the rest of the counting.
_day: tuple[date, float] | None = None


def today() -> date:
    global _day
    now = time.time()
    known = _day
    if known is not None and now < known[1]:
        return known[0]
    with _day_lock:
        moment = timezone.localtime()
        midnight = datetime.combine(moment.date() + timedelta(days=1), dt_time.min)
        ends = timezone.make_aware(midnight, moment.tzinfo).timestamp()
        _day = (moment.date(), ends)
        return moment.date()


# The day's salt -------------------------------------------------------------------------

_salt_lock = threading.Lock()
_salt: tuple[date, bytes] | None = None


def salt_for(day: date) -> bytes:
    """The salt of the day's digests, shared by every process through the database: made by
    whichever process counts the day's first view, and read once a day by the others. Salts
    of earlier days are deleted as the new one is made."""
    global _salt
    with _salt_lock:
        if _salt is not None and _salt[0] == day:
            return _salt[1]
        DailySalt.objects.bulk_create(
            [DailySalt(day=day, salt=secrets.token_hex(32))], ignore_conflicts=True
        )
        salt = bytes.fromhex(DailySalt.objects.get(day=day).salt)
        forget_salts_before(day)
        _salt = (day, salt)
        return salt


def forget_salts_before(day: date) -> int:
    """Delete the salts of days before `day`: their digests can no longer be recomputed."""
    deleted, _ = DailySalt.objects.filter(day__lt=day).delete()
    return deleted


def forget_cached_salt() -> None:
    """Drop this process's copy of the salt (tests, and a process that sees the day's row go)."""
    global _salt
    with _salt_lock:
        _salt = None


def visitor_digest(*, salt: bytes, address: str, user_agent: str, host: str) -> int:
    """A 64-bit keyed hash (BLAKE2b) of who is asking, as a signed integer for a BigInteger
    column. Two visitors share one by chance about once in 10^19 pairs."""
    data = "\n".join((address, user_agent, host)).encode("utf-8", "surrogateescape")
    digest = hashlib.blake2b(data, key=salt, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


# The buffer ------------------------------------------------------------------------------


class VisitBuffer:
    """Views and marks counted by this process and not written yet."""

    def __init__(self):
        self._lock = threading.Lock()
        self._views: Counter = Counter()
        self._marks: set[tuple[date, int, int]] = set()
        self._pending = 0
        self._since = time.monotonic()

    def add(self, *, day: date, page_id: int, visitor: int) -> bool:
        """Count one view; True when the buffer is due to be written."""
        with self._lock:
            self._views[day, page_id] += 1
            self._marks.add((day, page_id, visitor))
            self._pending += 1
            return (
                self._pending >= settings.VISITS_FLUSH_VIEWS
                or time.monotonic() - self._since >= settings.VISITS_FLUSH_SECONDS
            )

    def take(self) -> tuple[Counter, set[tuple[date, int, int]]]:
        """Everything counted so far, leaving the buffer empty."""
        with self._lock:
            views, marks = self._views, self._marks
            self._views, self._marks, self._pending = Counter(), set(), 0
            self._since = time.monotonic()
            return views, marks

    def put_back(self, views: Counter, marks: set) -> None:
        """A batch that could not be written waits for the next flush."""
        with self._lock:
            self._views.update(views)
            self._marks |= marks
            self._pending += sum(views.values())

    @property
    def pending(self) -> int:
        return self._pending


_buffer = VisitBuffer()
# A batch that keeps failing is dropped past this many views, so an unreachable database
# cannot grow a process's memory without end.
MAX_PENDING = 100_000


def record_view(*, page_id: int, address: str, user_agent: str, host: str) -> None:
    """Count a view of the page by this visitor. The address and user agent are hashed here
    and go no further."""
    day = today()
    visitor = visitor_digest(salt=salt_for(day), address=address, user_agent=user_agent, host=host)
    if _buffer.add(day=day, page_id=page_id, visitor=visitor):
        flush_visits()


def pending_views() -> int:
    """Views this process has counted and not written yet."""
    return _buffer.pending


def flush_visits() -> int:
    """Write what this process has counted; the number of views written. A failed write is
    logged and kept for the next flush."""
    views, marks = _buffer.take()
    if not views:
        return 0
    try:
        write_views(views=views, marks=marks)
    except DatabaseError:
        count = sum(views.values())
        if _buffer.pending + count <= MAX_PENDING:
            _buffer.put_back(views, marks)
            log.warning("Page views could not be written; %d kept for the next try.", count)
        else:
            log.exception("Page views could not be written; %d dropped.", count)
        return 0
    return sum(views.values())


def flush_at_exit() -> None:
    """The last flush of a process that is ending; never raises."""
    try:
        flush_visits()
        connections.close_all()
    except Exception:  # the process is ending: say so, and let it end
        log.exception("Page views still buffered at exit were not written.")


def discard_pending_views() -> None:
    """Forget what this process counted and did not write (tests start from nothing)."""
    _buffer.take()


def write_views(*, views: Counter, marks: set[tuple[date, int, int]]) -> None:
    """Add a batch: views per (day, page id), and (day, page id, visitor) marks.

    One transaction, so a batch is written whole or kept whole for the next try. Rows are
    created and locked in key order before the increments, so batches of several processes
    that share pages wait for each other instead of deadlocking."""
    keys = sorted(views)
    increments: dict[tuple[date, int], list[int]] = defaultdict(list)
    for day, page_id in keys:
        increments[day, views[day, page_id]].append(page_id)
    by_day: dict[date, list[int]] = defaultdict(list)
    for day, page_id in keys:
        by_day[day].append(page_id)
    with transaction.atomic():
        PageVisit.objects.bulk_create(
            [PageVisit(day=day, page_id=page_id) for day, page_id in keys],
            ignore_conflicts=True,
            batch_size=500,
        )
        rows = Q()
        for day, page_ids in by_day.items():
            rows |= Q(day=day, page_id__in=page_ids)
        locked = PageVisit.objects.select_for_update().filter(rows).order_by("day", "page_id")
        list(locked.values_list("pk", flat=True))
        for (day, count), page_ids in sorted(increments.items()):
            PageVisit.objects.filter(day=day, page_id__in=page_ids).update(views=F("views") + count)
        VisitorMark.objects.bulk_create(
            [
                VisitorMark(day=day, page_id=page, visitor=visitor)
                for day, page, visitor in sorted(marks)
            ],
            ignore_conflicts=True,
            batch_size=500,
        )
