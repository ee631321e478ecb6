"""The search page, its autocomplete and the wanted list, as a visitor uses them."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from search.models import ContentRequest, QueryCount
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
SEARCH = "/search/"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_results_page_shows_hits_facets_and_counts_the_search(client, corpus):
    page = soup(client.get(SEARCH, {"q": "retrospective"}))
    results = page.select(".result__title")
    assert results[0].get_text() == "Running your first retrospective"
    assert results[0].find("mark").get_text() == "retrospective"
    assert page.select_one("[role=status]").get_text(strip=True).startswith(f"{len(results)} ")
    legends = [legend.get_text(strip=True) for legend in page.select(".facet__title")]
    assert legends[:2] == ["Type", "Topic"]
    assert QueryCount.objects.get().query == "retrospective"
    client.get(SEARCH, {"q": "retrospective", "page": 2})
    assert QueryCount.objects.get().searches == 1, "paging through is one search"


def test_filters_and_sort_come_from_the_address_and_bad_values_are_dropped(client, corpus):
    page = soup(client.get(SEARCH, {"q": "", "language": ["de", "xx"], "sort": "bogus"}))
    assert [r.get_text(strip=True) for r in page.select(".result__title")] == [
        "Wissensmanagement in Behörden"
    ]
    assert page.select_one("input[name=language][value=de]").has_attr("checked")


def test_a_long_query_is_cut_with_a_message(client, corpus):
    page = soup(client.get(SEARCH, {"q": "retrospective " * 20}))
    assert "limited to 100 characters" in page.select_one("[role=alert]").get_text()


def test_nothing_found_offers_a_spelling_topics_and_asking_the_community(client, corpus):
    page = soup(client.get(SEARCH, {"q": "retrospectve"}))
    assert page.select_one(".empty-state a").get_text() == "retrospective"
    assert page.select_one(".ask-community a")["href"].startswith(reverse("account_login"))
    member = UserFactory()
    client.force_login(member)
    page = soup(client.get(SEARCH, {"q": "retrospectve"}))
    form = page.select_one(".ask-community form")
    fields = {field["name"]: field.get("value") for field in form.select("input")}
    response = client.post(form["action"], fields)
    assert response.status_code == 302 and response["Location"] == fields["next"]
    assert ContentRequest.objects.get().votes == 1
    again = soup(client.get(SEARCH, {"q": "retrospectve"}))
    assert "1 member already asked" in again.select_one(".ask-community").get_text()


def test_user_text_is_shown_as_text(client, corpus):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    response = client.get(SEARCH, {"q": payload})
    assert b"<script>alert" not in response.content
    assert b"<img src=x" not in response.content
    assert "&lt;script&gt;" in response.content.decode()


def test_autocomplete_answers_json_and_rejects_a_long_prefix(client, corpus):
    data = client.get(reverse("search:autocomplete"), {"q": "retro"}).json()
    assert {"title": "Running your first retrospective", "kind": "Course"}.items() <= next(
        item for item in data["titles"] if item["title"].startswith("Running")
    ).items()
    assert data["topics"] == [{"title": "Retrospectives", "url": SEARCH + "?topic=retrospectives"}]
    too_long = client.get(reverse("search:autocomplete"), {"q": "x" * 101})
    assert too_long.status_code == 400 and "100 characters" in too_long.json()["error"]


def test_asking_and_voting_need_a_signed_in_member_and_a_post(client, corpus):
    ask = reverse("search:ask")
    assert client.post(ask, {"q": "sociocracy"})["Location"].startswith(reverse("account_login"))
    client.force_login(UserFactory())
    assert client.get(ask).status_code == 405
    client.post(ask, {"q": "sociocracy"})
    request = ContentRequest.objects.get()
    wanted = soup(client.get(reverse("search:requests")))
    assert wanted.select_one(".request__query").get_text() == "sociocracy"
    assert wanted.select_one(".request button")["aria-pressed"] == "true"
    client.post(reverse("search:vote", args=[request.pk]))
    request.refresh_from_db()
    assert request.votes == 0


def test_the_header_has_a_search_box_everywhere_but_on_the_search_page(client, corpus):
    assert soup(client.get("/")).select_one("form.site-search")["action"] == SEARCH
    assert soup(client.get(SEARCH)).select_one("form.site-search") is None


def test_the_wanted_list_has_an_empty_state(client, db):
    page = soup(client.get(reverse("search:requests")))
    assert page.select_one(".empty-state__title").get_text() == "No open requests"
