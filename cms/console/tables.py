"""Every table of the console is a `Table`: the screen shows it, and the same rows export as
CSV, so a download always says what the screen said."""

import csv
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.utils.text import slugify


@dataclass(frozen=True)
class Cell:
    """A value with where it leads; exported as the value alone."""

    value: object
    url: str = ""

    def __str__(self) -> str:
        return "" if self.value is None else str(self.value)


@dataclass(frozen=True)
class Action:
    """A button beside a row: a POST to `url` with `fields`, or a link when `post` is false."""

    label: str
    url: str
    fields: dict = field(default_factory=dict)
    post: bool = True


@dataclass
class Row:
    cells: list
    actions: list[Action] = field(default_factory=list)


@dataclass
class Table:
    key: str
    title: str
    header: list[str]
    rows: list[Row]
    empty_text: str
    description: str = ""

    @property
    def has_actions(self) -> bool:
        return any(row.actions for row in self.rows)

    def csv_rows(self) -> list[list]:
        return [self.header] + [[_plain(cell) for cell in row.cells] for row in self.rows]

    def csv_response(self, *, suffix: str = "") -> HttpResponse:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        name = slugify(f"{self.key} {suffix}".strip())
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        response["Cache-Control"] = "private, no-store"
        # A byte order mark, so spreadsheet programs read the names in UTF-8.
        response.write("\ufeff")
        csv.writer(response).writerows(self.csv_rows())
        return response


def _plain(cell) -> object:
    value = cell.value if isinstance(cell, Cell) else cell
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        # A spreadsheet would run it as a formula: members write these names and texts.
        return "'" + value
    return "" if value is None else value
