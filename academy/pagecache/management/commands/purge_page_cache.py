from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.management.base import BaseCommand, CommandError

from academy.pagecache import services


class Command(BaseCommand):
    help = (
        "Forget every cached page, for every web process sharing the cache: each page is "
        "rendered again on its next request. Safe at any time; run it after each deploy."
    )
    requires_system_checks = []

    def handle(self, *args, **options):
        if isinstance(caches["default"], LocMemCache):
            raise CommandError(
                "The cache lives in each process's own memory (REDIS_URL is not set), out of "
                "this command's reach: restart the web server to empty its page cache."
            )
        try:
            services.purge_pages()
        except Exception as error:
            raise CommandError(f"The cache could not be reached: {error}") from error
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Cached pages purged."))
