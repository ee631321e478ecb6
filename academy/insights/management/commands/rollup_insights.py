from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from academy.insights.services import rollup_insights
from academy.insights.services.rollup import STAGES


class Command(BaseCommand):
    help = (
        "Write the daily aggregates the curator console reads: visits per day, page, topic "
        "and course (closing the days that are over and deleting their visitor digests), "
        "the activation funnel of each sign-up day, course and teacher figures. Run it "
        "nightly (cron); running it again changes nothing."
    )

    def add_arguments(self, parser):
        limit = parser.add_mutually_exclusive_group()
        limit.add_argument(
            "--days",
            type=int,
            help="Recompute the member figures of the last N days only (visits: always).",
        )
        limit.add_argument(
            "--since",
            help="Recompute the member figures from this day on, YYYY-MM-DD (visits: always).",
        )

    def handle(self, *args, **options):
        since = self._since(options)
        with tqdm(
            total=len(STAGES), desc="Insights", unit="stage", disable=options["verbosity"] == 0
        ) as progress:

            def stage_done(name: str) -> None:
                progress.set_postfix_str(name)
                progress.update(1)

            result = rollup_insights(since=since, progress=stage_done)
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Insights rolled up: {result.rows_written} rows written, "
                    f"{len(result.closed_days)} days of visits closed."
                )
            )

    def _since(self, options) -> date | None:
        if options["days"] is not None:
            if options["days"] < 1:
                raise CommandError("--days must be 1 or more.")
            return timezone.localdate() - timedelta(days=options["days"] - 1)
        if options["since"]:
            try:
                return date.fromisoformat(options["since"])
            except ValueError:
                raise CommandError(
                    f"--since must be a day written YYYY-MM-DD, not {options['since']!r}."
                ) from None
        return None
