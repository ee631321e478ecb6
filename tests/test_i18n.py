"""The interface speaks English, German and Spanish, and every string is translated."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

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
def test_language_switcher_keeps_the_page(client, home_page):
    response = client.post("/i18n/setlang/", {"language": "es", "next": "/"})
    assert response.status_code == 302
    assert response["Location"] == "/es/"
    assert "Únete gratis" in client.get(response["Location"]).content.decode()
