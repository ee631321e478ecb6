from django.core.management.base import BaseCommand, CommandError

from search import selectors


class Command(BaseCommand):
    help = "Print the most searched queries of the last days and how often searches found nothing."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30, help="How many days back (30).")
        parser.add_argument("--limit", type=int, default=20, help="How many queries (20).")

    def handle(self, *args, days, limit, **options):
        if days < 1 or limit < 1:
            raise CommandError("--days and --limit must be at least 1.")
        top, searches, zero = selectors.query_figures(days=days, limit=limit)
        if not searches:
            self.stdout.write(f"No searches in the last {days} days.")
            return
        self.stdout.write(
            f"Last {days} days: {searches} searches, {zero} found nothing "
            f"({zero / searches:.1%} zero-result rate).\n"
        )
        width = max(len(figure.query) for figure in top)
        self.stdout.write(f"{'Query':<{width}}  Searches  Zero results  Zero rate")
        for figure in top:
            self.stdout.write(
                f"{figure.query:<{width}}  {figure.searches:>8}  {figure.zero_results:>12}  "
                f"{figure.zero_rate:>9.0%}"
            )
        missing = selectors.zero_result_queries(days=days, limit=limit)
        if missing:
            self.stdout.write("\nSearched and not found:")
            for figure in missing:
                self.stdout.write(f"  {figure.query} ({figure.zero_results} times)")
