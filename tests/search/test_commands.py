import pytest
from django.core.management import CommandError, call_command

from search import services
from search.models import CatalogueEntry

pytestmark = pytest.mark.django_db


def entries():
    return sorted(CatalogueEntry.objects.values_list("key", "title", "url", "topic_name"))


def test_reindex_catalogue_rebuilds_the_same_index_and_drops_stale_entries(capsys, corpus):
    indexed = entries()
    CatalogueEntry.objects.filter(kind="lesson").update(title="stale")
    CatalogueEntry.objects.create(key="page:999999", kind="course", title="Ghost", url="/ghost/")
    call_command("reindex_catalogue")
    assert entries() == indexed
    out = capsys.readouterr()
    assert f"{len(indexed)} entries" in out.out
    assert "Catalogue (database)" in out.err, "a progress bar"
    call_command("reindex_catalogue", verbosity=0)
    assert entries() == indexed


def test_reindex_catalogue_on_an_empty_academy(capsys, db):
    call_command("reindex_catalogue", verbosity=1)
    assert "0 entries" in capsys.readouterr().out


def test_search_stats_prints_top_queries_and_zero_result_rates(capsys, db):
    for text, total in [("retros", 3), ("retros", 0), ("km", 0), ("stories", 9)]:
        services.record_search(text=text, total=total)
    call_command("search_stats", days=7)
    out = capsys.readouterr().out
    assert "4 searches, 2 found nothing (50.0% zero-result rate)" in out
    assert out.index("retros") < out.index("km")
    assert "km (1 times)" in out
    with pytest.raises(CommandError):
        call_command("search_stats", days=0)


def test_search_stats_without_searches(capsys, db):
    call_command("search_stats")
    assert "No searches" in capsys.readouterr().out
