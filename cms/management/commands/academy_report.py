"""Write the console's figures for a period as a Markdown or HTML report, with its charts as
SVG files beside it: for the consultancy's clients, or a monthly mail."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cms.console import periods, report


class Command(BaseCommand):
    help = "Write the curator console's figures as a Markdown or HTML report with SVG charts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--period", default=periods.DEFAULT, help="7d, 30d, 90d, 365d or 2026-01-01..2026-03-31"
        )
        parser.add_argument("--format", choices=["markdown", "html"], default="markdown")
        parser.add_argument(
            "--output", default="reports", help="Folder to write into (made if missing)."
        )

    def handle(self, *args, **options):
        try:
            period = periods.parse(options["period"])
        except periods.PeriodError as error:
            raise CommandError(str(error)) from None
        folder = Path(options["output"]) / f"{period.first}_{period.last}"
        try:
            written = report.write(period=period, folder=folder, style=options["format"])
        except OSError as error:
            raise CommandError(
                _("Cannot write to %(folder)s: %(error)s")
                % {"folder": folder, "error": error.strerror}
            ) from None
        self.stdout.write(
            _("Wrote %(report)s and %(count)d charts.")
            % {"report": written.report, "count": len(written.charts)}
        )
