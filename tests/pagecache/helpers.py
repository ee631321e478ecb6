from bs4 import BeautifulSoup
from django.test import Client


def text(response) -> str:
    """What a visitor reads on the page."""
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def cached(url: str, client: Client | None = None) -> Client:
    """A visitor whose first request rendered the page and whose second came from the cache."""
    client = client or Client()
    assert client.get(url)["X-Cache"] == "MISS"
    assert client.get(url)["X-Cache"] == "HIT"
    return client
