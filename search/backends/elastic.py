"""The Elasticsearch backend: the same interface and answers as the database backend, over one
index per kind (see `documents.py`), each behind an alias so a rebuild swaps in a new index
with no downtime.

Requests are built by pure functions and parsed from plain response dictionaries, so both can
be checked without a cluster; the backend class only sends them."""

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime

from django.utils.dateparse import parse_datetime
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from elasticsearch import BadRequestError, Elasticsearch, NotFoundError
from elasticsearch.dsl import SF, FacetedSearch, Q, Query, Search, TermsFacet
from elasticsearch.helpers import bulk

from ..documents import DOCUMENTS, LANGUAGE_ANALYZERS, alias_for, kinds_for_key
from ..highlight import SNIPPET_LENGTH, snippet
from ..query import FACETS, CatalogueQuery
from ..records import Record
from ..results import Hit, Suggestion
from . import BackendResults, batches
from .database import EXACT_TITLE_BOOST, FACET_COLUMNS, FEATURED_BOOST, TITLE_BOOST

# Field -> weight, as the database backend weighs them; each is also searched stemmed.
WEIGHTS = {"title": 4, "topic_name": 2, "tags": 2, "summary": 1.5, "body": 1}
# More values than any facet has (the page shows the dozen most frequent topics).
FACET_SIZE = 100
# A year-old entry keeps 90% of its score, a five-year-old one about 60%.
RECENCY = {"origin": "now", "offset": "30d", "scale": "365d", "decay": 0.9}
# No topic has this id: a topic filter that stands for no topic finds nothing.
NO_TOPIC = "none"
SPELLING = "spelling"
COMPLETION = "titles"
# The index an alias gets when something is indexed before the first rebuild.
FIRST_INDEX = "initial"
# Searches before the first index exists find nothing rather than fail.
LENIENT = {"ignore_unavailable": True, "allow_no_indices": True}


def _subfields(field: str) -> list[str]:
    """The field as written and its stemmed sub-fields."""
    return [field, *(f"{field}.{suffix}" for suffix in LANGUAGE_ANALYZERS)]


SEARCH_FIELDS = [
    f"{name}^{weight}" for field, weight in WEIGHTS.items() for name in _subfields(field)
]


# Building requests ---------------------------------------------------------------------------


def text_query(query: CatalogueQuery) -> Query:
    """Any variant may match, every word of it required; words may be spread over the fields
    and match as written or stemmed in one of the languages. As on the database, a title
    containing the text weighs twice as much, a title that is the text four times, featured
    entries half as much again; older entries weigh gently less."""
    matches = [
        Q(
            "multi_match",
            query=variant,
            fields=SEARCH_FIELDS,
            type="cross_fields",
            operator="and",
        )
        for variant in query.variants or (query.text,)
    ]
    return Q(
        "function_score",
        query=Q("bool", should=matches, minimum_should_match=1),
        functions=[
            SF({"filter": Q("match_phrase", title=query.text), "weight": TITLE_BOOST}),
            # A title that is the text also contains it: the two weights multiply.
            SF(
                {
                    "filter": Q("term", title__exact=query.text),
                    "weight": EXACT_TITLE_BOOST / TITLE_BOOST,
                }
            ),
            SF({"filter": Q("term", featured=True), "weight": FEATURED_BOOST}),
            SF("exp", date=RECENCY),
        ],
        score_mode="multiply",
        boost_mode="multiply",
    )


def sort_order(query: CatalogueQuery) -> list:
    newest = {"date": {"order": "desc"}}
    popular = {"popularity": {"order": "desc"}}
    if query.sort == "newest":
        order = [newest]
    elif query.sort == "popular":
        order = [popular, newest]
    elif query.text:
        order = ["_score", popular]
    else:
        # Browsing by relevance: featured first, then the newest.
        order = [{"featured": {"order": "desc"}}, newest]
    # The key breaks ties, so pages never repeat or skip an entry.
    return [*order, {"key": {"order": "asc"}}]


def filter_values(query: CatalogueQuery) -> dict[str, list[str]]:
    values = {facet: list(query.filters.selected(facet)) for facet in FACETS}
    if query.filters.topic:
        values["topic"] = [str(topic_id) for topic_id in query.topic_ids] or [NO_TOPIC]
    return {facet: chosen for facet, chosen in values.items() if chosen}


class CatalogueFacetedSearch(FacetedSearch):
    """One page of the catalogue with its facet counts and spelling suggestions in a single
    request. Facet choices narrow the hits through the post filter, and each facet is counted
    with the other facets' choices only, so a learner sees what another choice would find."""

    fields = SEARCH_FIELDS
    # The documents name their fields as the database entries name their columns.
    facets = {name: TermsFacet(field=FACET_COLUMNS[name], size=FACET_SIZE) for name in FACETS}

    def __init__(self, query: CatalogueQuery, *, index: list[str], using="default"):
        self.catalogue_query = query
        self.index = index
        self.using = using
        super().__init__(query.text, filters=filter_values(query), sort=sort_order(query))

    def build_search(self) -> Search:
        query = self.catalogue_query
        return super().build_search()[query.offset : query.offset + query.per_page]

    def search(self) -> Search:
        query = self.catalogue_query
        search = (
            super()
            .search()
            .filter("terms", audience=list(query.audiences))
            .extra(track_total_hits=True)
            .source(excludes=["suggest"])
            .params(**LENIENT)
        )
        if query.text:
            search = search.suggest(
                SPELLING,
                query.text,
                term={"field": "spelling", "size": 1, "suggest_mode": "missing"},
            )
        return search

    def query(self, search: Search, query: str) -> Search:
        if not query:
            return search
        return search.query(text_query(self.catalogue_query))

    def highlight(self, search: Search) -> Search:
        if not self._query:
            return search
        # The html encoder escapes the text; only the tags around matches are markup.
        search = search.highlight_options(
            encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"]
        )
        search = search.highlight(*_subfields("title"), number_of_fragments=0)
        return search.highlight(
            *_subfields("body"), fragment_size=SNIPPET_LENGTH, number_of_fragments=1
        )

    def count_search(self) -> Search:
        """The hits without page, facets or suggestions: the facet choices as plain filters."""
        search = self.query(self.search(), self._query)
        for chosen in self._filters.values():
            search = search.filter(chosen)
        return search


def completion_search(
    prefix: str, *, audiences: Iterable[str], limit: int, index: list[str], using="default"
) -> Search:
    return (
        Search(using=using, index=index)
        .extra(size=0)
        .source(["kind", "title", "url"])
        .suggest(
            COMPLETION,
            prefix,
            completion={
                "field": "suggest",
                "size": limit,
                "contexts": {"audience": list(audiences)},
            },
        )
        .params(**LENIENT)
    )


def index_action(record: Record, *, index: str) -> dict:
    document = DOCUMENTS[record.kind].from_record(record)
    return {"_op_type": "index", "_index": index, "_id": record.key, "_source": document.to_dict()}


def swap_actions(
    *, aliases: dict[str, str], old: dict[str, list[str]], new: dict[str, str]
) -> list[dict]:
    """Every alias moved from its old indices to its new one, all in one atomic update."""
    actions = []
    for kind, alias in aliases.items():
        actions += [{"remove": {"index": name, "alias": alias}} for name in old.get(kind, [])]
        actions.append({"add": {"index": new[kind], "alias": alias}})
    return actions


# Reading responses ---------------------------------------------------------------------------


def parse_results(response: dict, *, text: str) -> BackendResults:
    return BackendResults(
        hits=[_hit(found) for found in response["hits"]["hits"]],
        total=response["hits"]["total"]["value"],
        counts=_counts(response.get("aggregations", {})),
        suggestions=_corrections(response.get("suggest", {}).get(SPELLING, []), text),
    )


def parse_suggestions(response: dict) -> list[Suggestion]:
    entries = response.get("suggest", {}).get(COMPLETION, [])
    return [
        Suggestion(kind=source["kind"], title=source["title"], url=source["url"])
        for entry in entries
        for source in (option["_source"] for option in entry["options"])
    ]


def _hit(found: dict) -> Hit:
    source, marked = found["_source"], found.get("highlight", {})
    date = source.get("date")
    return Hit(
        key=found["_id"],
        kind=source["kind"],
        title=source["title"],
        url=source["url"],
        title_html=_marked(marked, "title") or escape(source["title"]),
        snippet=_marked(marked, "body")
        or snippet(source.get("body", ""), [], fallback=source.get("summary", "")),
        topic_name=source.get("topic_name", ""),
        topic_slug=source.get("topic_slug", ""),
        level=source.get("level", ""),
        language=source.get("language", ""),
        date=parse_datetime(date) if date else None,
        minutes=source.get("minutes"),
        featured=source.get("featured", False),
    )


def _marked(highlight: dict, field: str) -> SafeString | None:
    """The highlighted fragment of the field or of a stemmed sub-field, whichever marks the
    most words ("communities" marks "community" only when stemmed)."""
    fragments = [highlight[name][0] for name in _subfields(field) if highlight.get(name)]
    if not fragments:
        return None
    # Escaped by the html encoder of the request.
    return mark_safe(max(fragments, key=lambda fragment: fragment.count("<mark>")))  # noqa: S308


def _counts(aggregations: dict) -> dict[str, Counter]:
    # FacetedSearch nests each facet's terms in a filter of the other facets' choices.
    return {
        facet: Counter(
            {
                bucket["key"]: bucket["doc_count"]
                for bucket in aggregations[f"_filter_{facet}"][facet]["buckets"]
            }
        )
        for facet in FACETS
        if f"_filter_{facet}" in aggregations
    }


def _corrections(entries: list[dict], text: str) -> list[str]:
    """The text with each word the suggester knows a better spelling of replaced by it."""
    pieces, end = [], 0
    for entry in entries:
        if entry["options"]:
            pieces += [text[end : entry["offset"]], entry["options"][0]["text"]]
            end = entry["offset"] + entry["length"]
    return ["".join(pieces) + text[end:]] if pieces else []


# The backend ---------------------------------------------------------------------------------


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url: str, *, prefix: str | None = None):
        self.client = Elasticsearch(url)
        self.aliases = {kind: alias_for(kind, prefix=prefix) for kind in DOCUMENTS}
        self._ready: set[str] = set()

    # Reading -------------------------------------------------------------------------------

    def catalogue_search(self, query: CatalogueQuery) -> CatalogueFacetedSearch:
        return CatalogueFacetedSearch(query, index=list(self.aliases.values()), using=self.client)

    def search(self, query: CatalogueQuery) -> BackendResults:
        response = self.catalogue_search(query).execute().to_dict()
        results = parse_results(response, text=query.text)
        if results.total:
            results.suggestions = []
        else:
            # The suggester knows the words of every audience: offer a rewrite only if it
            # finds something the asker may see.
            results.suggestions = [
                text
                for text in results.suggestions
                if self.finds_any(replace(query, text=text, variants=(text,)))
            ]
        return results

    def finds_any(self, query: CatalogueQuery) -> bool:
        return self.catalogue_search(query).count_search().count() > 0

    def autocomplete(self, prefix: str, *, audiences, limit: int) -> list[Suggestion]:
        search = completion_search(
            prefix,
            audiences=audiences,
            limit=limit,
            index=list(self.aliases.values()),
            using=self.client,
        )
        return parse_suggestions(search.execute().to_dict())

    # Writing -------------------------------------------------------------------------------

    def index(self, records: Iterable[Record]) -> None:
        records = list(records)
        for kind in {record.kind for record in records}:
            self._ensure_alias(kind)
        bulk(
            self.client,
            [index_action(record, index=self.aliases[record.kind]) for record in records],
        )

    def remove(self, keys: Iterable[str]) -> None:
        # A key is in one of its kinds' indices at most; the others answer 404.
        actions = [
            {"_op_type": "delete", "_index": alias, "_id": key}
            for alias, key in self._candidates(keys)
        ]
        bulk(self.client, actions, ignore_status=404)

    def update_popularity(self, popularity: dict[str, int]) -> None:
        actions = [
            {
                "_op_type": "update",
                "_index": alias,
                "_id": key,
                "doc": {"popularity": popularity[key]},
            }
            for alias, key in self._candidates(popularity)
        ]
        bulk(self.client, actions, ignore_status=404)

    def rebuild(self, records: Iterable[Record], *, progress: Callable[[int], None]) -> int:
        """Build a new index per kind, then swap every alias to it at once: searches see the
        old indices until the new ones are complete."""
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")
        new = {kind: f"{alias}-{stamp}" for kind, alias in self.aliases.items()}
        built = 0
        try:
            for kind, name in new.items():
                self._create_index(kind, name=name)
            for batch in batches(records):
                bulk(
                    self.client, [index_action(record, index=new[record.kind]) for record in batch]
                )
                built += len(batch)
                progress(len(batch))
            self.client.indices.refresh(index=list(new.values()))
            old = {kind: self._indices_behind(alias) for kind, alias in self.aliases.items()}
            self.client.indices.update_aliases(
                actions=swap_actions(aliases=self.aliases, old=old, new=new)
            )
        except BaseException:
            self.client.indices.delete(index=list(new.values()), ignore_unavailable=True)
            raise
        retired = [name for names in old.values() for name in names]
        if retired:
            self.client.indices.delete(index=retired)
        self._ready.update(self.aliases.values())
        return built

    def _candidates(self, keys: Iterable[str]) -> Iterator[tuple[str, str]]:
        """Each alias a key may be in. A missing alias is created first: an update sent to
        it would create a bare index of that name with guessed field types."""
        for key in keys:
            for kind in kinds_for_key(key):
                self._ensure_alias(kind)
                yield self.aliases[kind], key

    def _create_index(self, kind: str, *, name: str, alias: str | None = None) -> None:
        body = DOCUMENTS[kind]._index.to_dict()
        self.client.indices.create(
            index=name,
            settings=body["settings"],
            mappings=body["mappings"],
            aliases={alias: {}} if alias else None,
        )

    def _ensure_alias(self, kind: str) -> None:
        """Create the kind's first index when something is indexed before any rebuild."""
        alias = self.aliases[kind]
        if alias not in self._ready and not self.client.indices.exists_alias(name=alias):
            try:
                self._create_index(kind, name=f"{alias}-{FIRST_INDEX}", alias=alias)
            except BadRequestError as error:
                # Another process created it a moment ago.
                if error.error != "resource_already_exists_exception":
                    raise
        self._ready.add(alias)

    def _indices_behind(self, alias: str) -> list[str]:
        try:
            return list(self.client.indices.get_alias(name=alias))
        except NotFoundError:
            return []
