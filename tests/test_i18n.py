"""The interface speaks English, German and Spanish, and every string is translated."""

from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from tests.factories import make_catalogue

LOCALE_DIR = Path(settings.BASE_DIR) / "academy" / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated in {language}: {untranslated}"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_catalogue_matches_the_source(language):
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    source = {entry.msgid: entry.msgstr for entry in polib.pofile(str(folder / "django.po"))}
    compiled = {entry.msgid: entry.msgstr for entry in polib.mofile(str(folder / "django.mo"))}
    compiled.pop("", None)
    assert compiled == source, "django.mo is stale: run `make messages`"


@pytest.mark.django_db
def test_german_interface_under_its_language_prefix(client, home_page):
    html = client.get("/de/").content.decode()
    assert '<html lang="de">' in html
    assert "Kostenlos mitmachen" in html
    assert "Zum Inhalt springen" in html


@pytest.mark.django_db
def test_language_switcher_links_to_the_same_page_in_each_language(client, home_page):
    catalogue = make_catalogue()
    html = client.get(f"{catalogue.url}?level=beginner").content.decode()
    switcher = BeautifulSoup(html, "html.parser").select(".language-switcher a")
    assert [(link["href"], link.get("aria-current")) for link in switcher] == [
        ("/courses/?level=beginner", "true"),
        ("/de/courses/?level=beginner", None),
        ("/es/courses/?level=beginner", None),
    ]
    assert "Únete gratis" in client.get("/es/").content.decode()
