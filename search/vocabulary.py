"""The words "did you mean" suggests from, for the database backend: the words of titles,
topics and tags, with how many entries use them."""

import difflib
from collections import Counter
from collections.abc import Iterable

from django.db.models import F

from .models import CatalogueEntry, Term
from .query import words
from .records import Record

MIN_WORD, MAX_WORD = 3, 40


def _usable(word: str) -> bool:
    return MIN_WORD <= len(word) <= MAX_WORD and not word.isdigit()


def _counted(texts: Iterable[str]) -> Counter:
    counter: Counter = Counter()
    for text in texts:
        counter.update({word for word in words(text) if _usable(word)})
    return counter


def _record_texts(record: Record) -> list[str]:
    return [record.title, record.topic_name, *record.tags]


def add(records: Iterable[Record]) -> None:
    """Learn the words of new or changed entries. Counts only grow between rebuilds: a
    suggestion is checked for results before it is shown, so a stale word costs nothing."""
    counter = _counted(text for record in records for text in _record_texts(record))
    if not counter:
        return
    known = set(Term.objects.filter(word__in=counter).values_list("word", flat=True))
    Term.objects.bulk_create(
        [_term(word, count) for word, count in counter.items() if word not in known],
        ignore_conflicts=True,
    )
    for word in known:
        Term.objects.filter(word=word).update(frequency=F("frequency") + counter[word])


def rebuild() -> None:
    texts = CatalogueEntry.objects.values_list("title", "topic_name", "tags")
    counter = _counted(text for row in texts.iterator() for text in row)
    Term.objects.all().delete()
    Term.objects.bulk_create(
        [_term(word, count) for word, count in counter.items()], batch_size=1000
    )


def _term(word: str, frequency: int) -> Term:
    return Term(word=word, initial=word[0], length=len(word), frequency=frequency)


def closest(word: str) -> str | None:
    """The known word closest to a word the catalogue does not use, or None. Candidates share
    its first letter and have about its length, so the lookup stays small at any size."""
    word = word.lower()
    if not _usable(word) or Term.objects.filter(word=word).exists():
        return None
    candidates = dict(
        Term.objects.filter(
            initial=word[0], length__gte=len(word) - 2, length__lte=len(word) + 2
        ).values_list("word", "frequency")
    )
    matches = difflib.get_close_matches(word, candidates, n=3, cutoff=0.75)
    if not matches:
        return None
    return max(
        matches,
        key=lambda match: (difflib.SequenceMatcher(None, word, match).ratio(), candidates[match]),
    )
