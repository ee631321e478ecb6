"""The console's figures for a period as files: a Markdown or HTML report and its charts as
SVG documents beside it (`manage.py academy_report`)."""

from dataclasses import dataclass
from pathlib import Path

from django.template.loader import render_to_string
from django.utils import timezone

from academy.peers.selectors.moderation import queue_size

from .health import tables as health_tables
from .overview import overview
from .periods import Period
from .tables import Table


@dataclass(frozen=True)
class Written:
    report: Path
    charts: list[Path]


def markdown_table(table: Table) -> str:
    """A table in Markdown; a `|` or a line break in a member's words cannot break it."""

    def cell(value) -> str:
        return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(name) for name in table.header) + " |"]
    lines.append("|" + "---|" * len(table.header))
    for row in table.csv_rows()[1:]:
        lines.append("| " + " | ".join(cell(value) for value in row) + " |")
    return "\n".join(lines)


def write(*, period: Period, folder: Path, style: str = "markdown") -> Written:
    figures = overview(period)
    folder.mkdir(parents=True, exist_ok=True)
    charts = []
    for name, chart in (
        ("funnel", figures.funnel_chart),
        ("visits", figures.visits_chart),
        ("topics", figures.topics_chart),
    ):
        path = folder / f"{name}.svg"
        path.write_text(chart.standalone_svg(), encoding="utf-8")
        charts.append((chart, path))
    tables = figures.tables + health_tables(period)
    context = {
        "period": period,
        "written_at": timezone.now(),
        "funnel": figures.funnel,
        "queue": queue_size(),
        "charts": [(chart, path.name) for chart, path in charts],
        "tables": [(table, markdown_table(table)) for table in tables],
    }
    name = "report.md" if style == "markdown" else "report.html"
    report = folder / name
    report.write_text(render_to_string(f"cms/console/{name}", context), encoding="utf-8")
    return Written(report=report, charts=[path for _chart, path in charts])
