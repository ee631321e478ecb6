"""Catalogue search latency: `search.catalogue.search()` at 10,000 and 100,000 lessons on SQLite
and on PostgreSQL, next to a raw full-text query for the same words on the same data, timed
in the same run. The issue's goal: p95 under 50 ms at 100,000 lessons on the database backend.

The catalogue is generated, not authored: entries go straight into the `CatalogueEntry` table
and are indexed the way the database backend indexes a batch, since creating 100,000 Wagtail
pages would take hours. Texts are drawn from a vocabulary of a few thousand words per
language with Zipf-like frequencies, so there are common words, rare ones and stop words.
"""

import itertools
import os
import random
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta

from . import harness

# `BENCH_SEARCH_SIZES=2000 make bench BENCH=search` for a quick run while developing.
SIZES = tuple(int(size) for size in os.environ.get("BENCH_SEARCH_SIZES", "10000,100000").split(","))
LESSONS_PER_COURSE = 10
ROUNDS = 3
BATCH = 1000
SEED = 1
GOAL_MS = 50.0
# A database call still running after this long is stopped and counted at this time (a lower
# bound): an unusable query plan must not hold the run up for hours.
CUT_OFF_S = 5.0
LANGUAGES = {"en": 0.7, "de": 0.2, "es": 0.1}
LEVELS = {"beginner": 0.5, "intermediate": 0.35, "advanced": 0.15}
TOPICS = (
    "Facilitation",
    "Retrospectives",
    "Knowledge management",
    "Storytelling",
    "Coaching",
    "Remote work",
    "Communities of practice",
    "Decision making",
)
# Each language's function words take the top frequency ranks; its subject words are spread
# from rank SUBJECT_RANKS[0] on in steps of SUBJECT_RANKS[1], between generated words, so a
# common subject word is in roughly one entry in five and a rare generated one in one in a
# hundred or fewer.
FUNCTION_WORDS = {
    "en": "the and to of a in for with your you how is on that what we it this can be",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als",
    "es": "de la que el en y a los del se las por un para con no una su al lo como más",
}
SUBJECT_WORDS = {
    "en": (
        "team feedback meeting learning group session practice question peer change work "
        "people story retrospective facilitation plan goal idea community knowledge coach "
        "listen workshop decision trust conflict remote project review skill role mentor "
        "habit reflection exercise format check round time first new good together"
    ),
    "de": (
        "team wissen lernen gruppe besprechung rückmeldung praxis gemeinschaft frage wandel "
        "arbeit menschen geschichte entscheidung vertrauen"
    ),
    "es": (
        "equipo aprendizaje reunión práctica comunidad conocimiento grupo pregunta cambio "
        "trabajo personas historia decisión confianza"
    ),
}
SUBJECT_RANKS = (60, 8)
SYLLABLES = {
    "en": "ba be co de di fa ga in la le lo ma mi na no pa per ra re ro sa se ta ti to ver",
    "de": "ab an be ein er ge hal kei lich ma mer nach ne re schaft sche ter ti ung ver",
    "es": "ca ción co da de do la le ma men na pa po ra re ri sa ta te to",
}
VOCABULARY_SIZE = 4000
ZIPF_EXPONENT = 1.1


# The generated catalogue ------------------------------------------------------------------


class Catalogue:
    """Lessons and their courses, drawn from a seeded generator: the same data every run."""

    def __init__(self, seed: int = SEED):
        self.random = random.Random(seed)  # noqa: S311 (made-up data, not secrets)
        self.words: dict[str, list[str]] = {}
        self.weights: dict[str, list[float]] = {}
        for language, syllables in SYLLABLES.items():
            words = self._vocabulary(language, syllables.split())
            self.words[language] = words
            ranks = range(1, len(words) + 1)
            self.weights[language] = list(itertools.accumulate(r**-ZIPF_EXPONENT for r in ranks))
        self.start = datetime(2021, 1, 1, tzinfo=UTC)

    def _vocabulary(self, language: str, syllables: list[str]) -> list[str]:
        """The language's words, most frequent first."""
        function, subject = FUNCTION_WORDS[language].split(), SUBJECT_WORDS[language].split()
        seen = set(function + subject)
        generated = []
        while len(generated) < VOCABULARY_SIZE - len(seen):
            word = "".join(self.random.choices(syllables, k=self.random.randint(2, 4)))
            if word not in seen:
                seen.add(word)
                generated.append(word)
        words = function + generated
        first, step = SUBJECT_RANKS
        for number, word in enumerate(subject):
            words.insert(first + number * step, word)
        return words

    def text(self, language: str, count: int) -> str:
        return " ".join(
            self.random.choices(self.words[language], cum_weights=self.weights[language], k=count)
        )

    def tail(self, language: str, lowest: int, highest: int, count: int) -> list[str]:
        """`count` words ranked from `lowest` to `highest` (0 is the most frequent)."""
        return self.random.sample(self.words[language][lowest:highest], count)

    def course(self, number: int, topics: list) -> dict:
        """What a course and each of its lessons share."""
        pick = self.random
        return {
            "number": number,
            "topic": topics[number % len(topics)],
            "language": pick.choices(list(LANGUAGES), weights=list(LANGUAGES.values()))[0],
            "level": pick.choices(list(LEVELS), weights=list(LEVELS.values()))[0],
            "audience": "members" if pick.random() < 0.1 else "everyone",
        }

    def entry(self, course: dict, *, kind: str, lesson: int | None = None) -> dict:
        """The fields of one catalogue entry."""
        from search.records import length_of

        pick, language = self.random, course["language"]
        minutes = pick.randint(30, 400) if kind == "course" else pick.randint(5, 45)
        slug = f"c{course['number']}" + (f"/l{lesson}" if lesson is not None else "")
        title = self.text(language, pick.randint(3, 8))
        return dict(
            key=f"bench:{slug}",
            kind=kind,
            title=title[:1].upper() + title[1:],
            summary=self.text(language, pick.randint(12, 25)),
            body=self.text(language, pick.randint(150, 300)),
            tags=" ".join(self.tail(language, 50, 500, pick.randint(0, 3))),
            topic=course["topic"],
            topic_name=course["topic"].name,
            level=course["level"],
            language=language,
            minutes=minutes,
            length=length_of(minutes),
            date=self.start + timedelta(minutes=pick.randint(0, 5 * 365 * 24 * 60)),
            popularity=min(int(pick.paretovariate(1.2)) - 1, 5000),
            featured=pick.random() < 0.01,
            audience=course["audience"],
            url=f"/courses/{slug}/",
        )

    def batches(self, first_course: int, courses: int, topics: list):
        """Lists of about BATCH unsaved entries: each course followed by its lessons."""
        from search.models import CatalogueEntry

        batch = []
        for number in range(first_course, first_course + courses):
            course = self.course(number, topics)
            batch.append(CatalogueEntry(**self.entry(course, kind="course")))
            batch.extend(
                CatalogueEntry(**self.entry(course, kind="lesson", lesson=lesson))
                for lesson in range(LESSONS_PER_COURSE)
            )
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch


def _topics() -> list:
    from django.utils.text import slugify

    from academy.courses.models import Topic

    Topic.objects.bulk_create(
        [Topic(name=name, slug=slugify(name)) for name in TOPICS], ignore_conflicts=True
    )
    return list(Topic.objects.filter(name__in=TOPICS).order_by("pk"))


def _grow(catalogue: Catalogue, lessons: int, label: str) -> float:
    """Add courses and their lessons until there are `lessons` lessons, index them in
    batches as the database backend does, relearn the "did you mean" words; the seconds."""
    from django.db import connection, transaction
    from modelsearch.backends import get_search_backend
    from tqdm import tqdm

    from search import vocabulary
    from search.models import CatalogueEntry

    started = time.perf_counter()
    first = CatalogueEntry.objects.filter(kind="course").count()
    courses = lessons // LESSONS_PER_COURSE - first
    backend = get_search_backend()
    with tqdm(total=courses * (LESSONS_PER_COURSE + 1), desc=label, unit=" entries") as bar:
        for batch in catalogue.batches(first, courses, _topics()):
            with transaction.atomic():
                CatalogueEntry.objects.bulk_create(batch)
                saved = CatalogueEntry.objects.filter(key__in=[entry.key for entry in batch])
                backend.add_bulk(CatalogueEntry, list(saved))
            bar.update(len(batch))
    vocabulary.rebuild()
    if connection.vendor == "postgresql":
        # What autovacuum would do soon after a bulk load: the planner needs the statistics.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


# The queries ------------------------------------------------------------------------------


def _queries(catalogue: Catalogue) -> list[dict]:
    """The fixed mix: what `search()` is asked and the words the raw query looks for."""
    from search.query import Filters

    rare = catalogue.tail("en", 1500, VOCABULARY_SIZE, 6)
    common = ["team", "feedback", "meeting", "learning", "practice", "session"]
    queries = [{"kind": "common word", "text": word} for word in common]
    queries += [{"kind": "rare word", "text": word} for word in rare]
    queries += [
        {"kind": "two words", "text": text}
        for text in (
            "team feedback",
            "meeting practice",
            "remote workshop",
            f"feedback {rare[0]}",
            f"{rare[1]} {rare[2]}",
            "wissen gruppe",
        )
    ]
    queries.append({"kind": "sentence", "text": "how to plan a retrospective"})
    queries += [
        {"kind": "filtered", "text": text, "filters": filters}
        for text, filters in (
            ("feedback", Filters(level=("beginner",))),
            ("team", Filters(language=("de",))),
            ("meeting", Filters(topic=("facilitation",))),
            ("practice", Filters(level=("advanced",), language=("en",))),
        )
    ]
    queries += [{"kind": "newest", "text": text, "sort": "newest"} for text in ("coach", "trust")]
    queries += [{"kind": "page 2", "text": text, "page": 2} for text in ("group", "story")]
    queries += [
        {"kind": "misspelt", "text": text} for text in ("retrospectvie", "feedbakc", "facilitaiton")
    ]
    return queries


def _raw_query():
    """The baseline: the database's own full-text search for the same words, top 20 ids, on
    the catalogue's full-text index (migration 0005)."""
    from django.db import connection

    from search.backends.fulltext import ENTRIES, FTS
    from search.query import words

    if connection.vendor == "sqlite":
        sql = f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s ORDER BY bm25({FTS}) LIMIT 20"  # noqa: S608

        def parameters(text: str) -> list[str]:
            return [" AND ".join(f'"{word}"' for word in words(text))]

    else:
        sql = (
            f"SELECT id FROM {ENTRIES} WHERE text_vector @@ plainto_tsquery('english', %s) "  # noqa: S608
            "ORDER BY ts_rank(text_vector, plainto_tsquery('english', %s)) DESC LIMIT 20"
        )

        def parameters(text: str) -> list[str]:
            return [text, text]

    def query(text: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute(sql, parameters(text))
            cursor.fetchall()

    return query


def _timed(call) -> tuple[float, object]:
    """Milliseconds the call took and what it returned; CUT_OFF_S and None when the database
    had to be stopped."""
    from django.db import OperationalError, connection

    connection.ensure_connection()
    driver = connection.connection
    timer = threading.Timer(
        CUT_OFF_S, driver.interrupt if connection.vendor == "sqlite" else driver.cancel
    )
    started = time.perf_counter()
    timer.start()
    try:
        result = call()
    except OperationalError:
        if time.perf_counter() - started < CUT_OFF_S:
            raise
        return CUT_OFF_S * 1000, None
    finally:
        timer.cancel()
    return (time.perf_counter() - started) * 1000, result


def _percentiles(timings: list[float]) -> dict:
    ordered = sorted(timings)
    return {
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
    }


def _measure_queries(queries: list[dict]) -> dict:
    """Each query through `search()` and through the raw query, one after the other so both
    see the same machine; a warm-up round first, then ROUNDS timed ones. A search stopped at
    the cut-off in the warm-up is not run again and counts as the cut-off every round."""
    from search.catalogue import search

    raw = _raw_query()
    calls = [
        (
            lambda query=query: search(
                query["text"],
                filters=query.get("filters"),
                sort=query.get("sort", "relevance"),
                page=query.get("page", 1),
            ),
            lambda query=query: raw(query["text"]),
        )
        for query in queries
    ]
    per_query = []
    for search_call, raw_call in calls:  # the warm-up, which also counts what is found
        results = _timed(search_call)[1]
        _timed(raw_call)
        found = None if results is None else results.total
        per_query.append({"found": found, "search": [], "raw": []})
    for _ in range(ROUNDS):
        for (search_call, raw_call), timings in zip(calls, per_query, strict=True):
            stopped = timings["found"] is None
            timings["search"].append(CUT_OFF_S * 1000 if stopped else _timed(search_call)[0])
            timings["raw"].append(_timed(raw_call)[0])
    return {
        "search": _percentiles([ms for timings in per_query for ms in timings["search"]]),
        "raw": _percentiles([ms for timings in per_query for ms in timings["raw"]]),
        "stopped": sum(timings["found"] is None for timings in per_query),
        "queries": [
            {
                "kind": query["kind"],
                "text": query["text"],
                "found": timings["found"],
                "search_ms": statistics.median(timings["search"]),
                "raw_ms": statistics.median(timings["raw"]),
            }
            for query, timings in zip(queries, per_query, strict=True)
        ],
    }


def measure(*, database: str, sizes: list[int]) -> list[dict]:
    """In a child process on a migrated database (see `run`): grow the catalogue to each
    size in turn and time the query mix at each."""
    catalogue = Catalogue()
    queries = _queries(catalogue)
    figures = []
    for lessons in sorted(sizes):
        seconds = _grow(catalogue, lessons, f"{database}, {lessons:,} lessons")
        figures.append(
            {"database": database, "lessons": lessons, "populate_s": seconds}
            | _measure_queries(queries)
        )
    return figures


# The run ----------------------------------------------------------------------------------


def _on(database: str, env: dict[str, str]) -> list[dict]:
    env = {"DJANGO_SETTINGS_MODULE": "bench.settings", **env}
    harness.django("migrate", "--no-input", "-v", "0", env=env)
    return harness.in_django("bench.search:measure", env=env, database=database, sizes=SIZES)


def _ms(value: float) -> str:
    return f">={value:.0f}" if value >= CUT_OFF_S * 1000 else f"{value:.1f}"


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        figures = _on("SQLite", {"SQLITE_PATH": os.path.join(folder, "search.sqlite3")})
    figures += _on("PostgreSQL", {"DATABASE_URL": harness.fresh_postgres("search")})
    rows = []
    for row in figures:
        search, raw = row["search"], row["raw"]
        row["ratio_p95"] = search["p95_ms"] / raw["p95_ms"]
        row["goal_met"] = search["p95_ms"] < GOAL_MS
        rows.append(
            [
                row["database"],
                f"{row['lessons']:,}",
                _ms(search["p50_ms"]),
                _ms(search["p95_ms"]),
                _ms(raw["p50_ms"]),
                _ms(raw["p95_ms"]),
                f"{row['ratio_p95']:.1f}",
                "yes" if row["goal_met"] else "no",
                str(row["stopped"]),
                f"{row['populate_s']:.0f}",
            ]
        )
    queries = len(figures[0]["queries"])
    harness.print_table(
        f"Catalogue search ({queries} queries x {ROUNDS} rounds; raw = the database's own "
        f"full-text query, top 20; searches stopped at {CUT_OFF_S:.0f} s count as that)",
        [
            "database",
            "lessons",
            "search p50 ms",
            "search p95 ms",
            "raw p50 ms",
            "raw p95 ms",
            "ratio p95",
            f"p95 < {GOAL_MS:.0f} ms",
            "stopped",
            "added in s",
        ],
        rows,
    )
    path = harness.write_results(
        "search", {"rounds": ROUNDS, "cut_off_s": CUT_OFF_S, "runs": figures}
    )
    print(f"written to {path.relative_to(harness.ROOT)}")
    return figures
