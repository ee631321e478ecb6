"""The catalogue search, one API for every page: `search()` and `autocomplete()`.

Whichever backend runs (`backends.get_backend()`), only published, live content that the
asking member may see is ever returned."""

from dataclasses import replace

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query as PromotedQuery

from academy.courses.models import Language, Length, Level, Topic
from academy.peers.selectors.ladder import subtree, topic_tree

from . import synonyms, vocabulary
from .backends import get_backend
from .models import Kind
from .query import (
    FACETS,
    MAX_QUERY_LENGTH,
    SORTS,
    CatalogueQuery,
    Filters,
    audiences_for,
    normalise,
    words,
)
from .records import RecordBuilder
from .results import Facet, FacetValue, Promotion, Results, Suggestion

FACET_LABELS = {
    "kind": _("Type"),
    "topic": _("Topic"),
    "level": _("Level"),
    "language": _("Language"),
    "length": _("Length"),
}
CHOICES = {"kind": Kind, "level": Level, "language": Language, "length": Length}
TOPICS_SHOWN = 12


def build_query(
    text: str,
    *,
    filters: Filters | None = None,
    sort: str = "relevance",
    page: int = 1,
    user=None,
) -> CatalogueQuery:
    text = " ".join((text or "").split())[:MAX_QUERY_LENGTH]
    filters = filters or Filters()
    return CatalogueQuery(
        text=text,
        filters=filters,
        sort=sort if sort in SORTS else SORTS[0],
        page=max(1, page),
        audiences=audiences_for(user),
        variants=synonyms.variants(text),
        topic_ids=_topic_ids(filters.topic),
    )


def search(
    text: str,
    *,
    filters: Filters | None = None,
    sort: str = "relevance",
    page: int = 1,
    user=None,
) -> Results:
    """One page of hits for the text (may be empty to browse by filters), with facet counts,
    the total, "did you mean" suggestions when nothing was found, and curators' promotions."""
    query = build_query(text, filters=filters, sort=sort, page=page, user=user)
    backend = get_backend()
    raw = backend.search(query)
    last_page = max(1, -(-raw.total // query.per_page))
    if query.page > last_page:
        query = replace(query, page=last_page)
        raw = backend.search(query)
    return Results(
        query=query,
        hits=raw.hits,
        total=raw.total,
        facets=_facets(raw.counts, query),
        suggestions=_did_you_mean(query, raw.suggestions) if not raw.total else [],
        promotions=promotions(query.text, user=user) if query.page == 1 else [],
    )


def autocomplete(prefix: str, *, user=None, limit: int = 6) -> dict[str, list[Suggestion]]:
    """Titles and topics that start with what was typed, for the search box."""
    prefix = " ".join((prefix or "").split())[:MAX_QUERY_LENGTH]
    if len(prefix) < 2:
        return {"titles": [], "topics": []}
    titles = get_backend().autocomplete(prefix, audiences=audiences_for(user), limit=limit)
    topics = Topic.objects.filter(
        Q(name__istartswith=prefix) | Q(name__icontains=f" {prefix}")
    ).order_by("name")[:4]
    return {
        "titles": titles,
        "topics": [
            Suggestion(kind="topic", title=topic.name, url=f"?topic={topic.slug}")
            for topic in topics
        ],
    }


def promotions(text: str, *, user=None) -> list[Promotion]:
    """Curators' picks for this query, shown above the hits; a picked page the member may
    not see (a draft, a private page) is left out."""
    if not text:
        return []
    promoted = PromotedQuery.objects.filter(query_string=normalise(text)).first()
    if promoted is None:
        return []
    builder, audiences, found = RecordBuilder(), audiences_for(user), []
    for pick in promoted.editors_picks.select_related("page").order_by("sort_order"):
        if pick.page_id is None:
            found.append(
                Promotion(
                    pick.external_link_text or pick.external_link_url,
                    pick.external_link_url,
                    pick.description,
                )
            )
        elif pick.page.live and builder.audience_of(pick.page) in audiences:
            found.append(Promotion(pick.page.title, pick.page.url, pick.description))
    return found


def _topic_ids(slugs: tuple[str, ...]) -> tuple[int, ...]:
    if not slugs:
        return ()
    tree = topic_tree()
    ids: set[int] = set()
    for topic_id in Topic.objects.filter(slug__in=slugs).values_list("pk", flat=True):
        ids |= subtree(topic_id, tree)
    return tuple(sorted(ids))


def _did_you_mean(query: CatalogueQuery, offered: list[str]) -> list[str]:
    """The backend's own suggestions, or the query with each unknown word replaced by the
    closest known one; shown only when that rewrite finds something."""
    if offered or not query.text:
        return offered
    original = words(query.text)
    corrected = [vocabulary.closest(word) or word for word in original]
    if corrected == original:
        return []
    text = " ".join(corrected)
    rewrite = replace(query, text=text, variants=synonyms.variants(text))
    return [text] if get_backend().finds_any(rewrite) else []


def _facets(counts, query: CatalogueQuery) -> list[Facet]:
    facets = []
    for name in FACETS:
        selected = set(query.filters.selected(name))
        found = counts.get(name, {})
        if name == "topic":
            values = _topic_values(found, selected)
        else:
            values = [
                FacetValue(value, label, found.get(value, 0), value in selected)
                for value, label in CHOICES[name].choices
                if found.get(value) or value in selected
            ]
        facets.append(Facet(name, FACET_LABELS[name], values))
    return facets


def _topic_values(found, selected: set[str]) -> list[FacetValue]:
    topics = Topic.objects.filter(Q(pk__in=[int(pk) for pk in found]) | Q(slug__in=selected))
    values = [
        FacetValue(topic.slug, topic.name, found.get(str(topic.pk), 0), topic.slug in selected)
        for topic in topics
    ]
    values.sort(key=lambda value: (not value.selected, -value.count, value.label))
    return values[:TOPICS_SHOWN]
