from django.core.management.base import BaseCommand
from tqdm import tqdm

from search import indexing, records
from search.backends import get_backend


class Command(BaseCommand):
    help = (
        "Rebuild the catalogue search index from the published content. On the database "
        "backend the new index replaces the old in one transaction; on Elasticsearch a new "
        "index is built and the alias swapped to it. Searches keep working throughout."
    )

    def handle(self, *args, **options):
        backend = get_backend()
        with tqdm(
            total=records.count_candidates(),
            desc=f"Catalogue ({backend.name})",
            unit="entry",
            disable=options["verbosity"] == 0,
        ) as progress:
            built = indexing.rebuild(progress=progress.update)
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(f"Catalogue index rebuilt on {backend.name}: {built} entries.")
            )
