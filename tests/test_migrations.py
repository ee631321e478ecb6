"""Migrations never lose data (docs/operations.md, "Migrations").

The demo academy stands in for a live one: it is built at the latest migrations, each of the
academy's apps is stepped back over its newest migration and then migrated forward again, as
an upgrade from the previous release would, and nothing may be missing afterwards. Which
earlier state, and why, is in `step_back` below and in docs/decisions.md (41).
"""

import json
from collections import Counter
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.db.migrations.loader import MigrationLoader

# The academy's own code; every other app's migrations are its maintainers' business.
OWN_PACKAGES = {"academy", "cms", "search"}
LOADER = MigrationLoader(None, ignore_no_migrations=True)
GRAPH = LOADER.graph
OWN_APPS = sorted(
    config.label
    for config in apps.get_app_configs()
    if config.name.split(".")[0] in OWN_PACKAGES and config.label in LOADER.migrated_apps
)


def own_migrations():
    return [
        migration
        for (app, _name), migration in sorted(LOADER.disk_migrations.items())
        if app in OWN_APPS
    ]


def is_reversible(migration) -> bool:
    return all(operation.reversible for operation in migration.operations)


def undone_by_going_before(app: str, name: str) -> list:
    """Every migration `migrate` unapplies to go back before this one: it and all that
    depend on it, in any app."""
    return [LOADER.disk_migrations[key] for key in GRAPH.backwards_plan((app, name))]


def app_history(app: str) -> list[str]:
    """The app's migrations, oldest first."""
    return [name for label, name in GRAPH.forwards_plan(GRAPH.leaf_nodes(app)[0]) if label == app]


@dataclass
class Step:
    target: str  # the migration to go back to
    why_not: str = ""  # set when the app cannot be stepped back


def step_back(app: str) -> Step:
    """The state before the app's newest migration: what the previous release left.

    Going back there unapplies the newest migration and everything depending on it. That must
    not take demo content with it, or there is nothing left to migrate forward: so it may not
    undo an initial migration (that drops an app's tables: today stepping `courses` back would
    undo the initial migrations of `live` and `catalogue_search`), nor one that is
    irreversible. Such an app is not stepped back until its next migration.
    """
    history = app_history(app)
    if len(history) < 2:
        return Step("zero", why_not=f"{app} has only its initial migration")
    newest = history[-1]
    undone = undone_by_going_before(app, newest)
    blockers = [
        *(f"{m.app_label}.{m.name}, which is irreversible" for m in undone if not is_reversible(m)),
        *(f"{m.app_label}.{m.name}, an initial migration" for m in undone if m.initial),
    ]
    if blockers:
        return Step(
            history[-2], why_not=f"stepping {app} back over {newest} would undo {blockers[0]}"
        )
    return Step(history[-2])


def earliest_reachable(app: str) -> str:
    """As far back as the app's migrations can be undone: zero, or just after the newest
    migration whose undoing would undo an irreversible one."""
    history = app_history(app)
    target = history[-1]
    for previous, name in reversed(list(zip(["zero", *history[:-1]], history, strict=True))):
        if not all(is_reversible(m) for m in undone_by_going_before(app, name)):
            break
        target = previous
    return target


def lost_data(before: dict, after: dict) -> list[str]:
    """What the tables held before and do not hold after: a dropped table, a dropped column
    that held more than one value, a row gone or changed. Rows and columns may be added."""
    problems = []
    for table, old in before.items():
        new = after.get(table)
        if not old["rows"]:
            continue
        if new is None:
            problems.append(f"{table}: dropped with {len(old['rows'])} rows")
            continue
        kept = [column for column in old["columns"] if column in new["columns"]]
        for column in old["columns"]:
            values = {json.dumps(row[old["columns"].index(column)]) for row in old["rows"]}
            if column not in kept and len(values) > 1:
                problems.append(f"{table}.{column}: dropped while it held data")
        missing = _rows(old, kept) - _rows(new, kept)
        if missing:
            problems.append(
                f"{table}: {missing.total()} rows lost or changed, such as {next(iter(missing))}"
            )
    return problems


def _rows(table: dict, columns: list[str]) -> Counter:
    indexes = [table["columns"].index(column) for column in columns]
    return Counter(json.dumps([row[index] for index in indexes]) for row in table["rows"])


def schema(tables: dict) -> dict[str, list[str]]:
    return {table: sorted(content["columns"]) for table, content in tables.items()}


def test_the_academy_apps_are_found():
    assert {"cms", "courses", "peers", "live", "catalogue_search"} <= set(OWN_APPS)


def test_every_migration_can_be_undone_or_says_why_not():
    """A data migration without a reverse function blocks every rollback past it; one that
    cannot be undone must say so (`irreversible = "why"` on the Migration class)."""
    silent = [
        f"{migration.app_label}.{migration.name}"
        for migration in own_migrations()
        if not is_reversible(migration) and not getattr(migration, "irreversible", "")
    ]
    stale = [
        f"{migration.app_label}.{migration.name}"
        for migration in own_migrations()
        if is_reversible(migration) and getattr(migration, "irreversible", "")
    ]
    assert silent == [], "give these a reverse function (or RunPython.noop), or say why not"
    assert stale == [], "these say they are irreversible but every operation has a reverse"


def test_what_can_be_undone_is_undone_on_a_fresh_database(scratch_migrated, scratch_copy):
    """Every reverse runs: each app goes back as far as its migrations allow, then forward."""
    targets = {app: earliest_reachable(app) for app in OWN_APPS}
    assert "zero" in targets.values()
    site = scratch_copy(scratch_migrated)

    run = site.probe("migrate_back_and_forward", *(f"{a}:{t}" for a, t in targets.items()))

    gone = [app for app, target in targets.items() if target == "zero"]
    left = [table for table in run["earlier"] if table.startswith(tuple(f"{a}_" for a in gone))]
    assert left == [], "undoing every migration of an app drops its tables"
    assert schema(run["after"]) == schema(run["start"])


def _steppable() -> list[str]:
    return [app for app in OWN_APPS if not step_back(app).why_not]


def test_most_apps_can_be_stepped_back_over_their_newest_migration():
    """The test below covers only the apps whose newest migration can be undone alone; an
    app drops out while its newest migration is an initial or irreversible one's dependant,
    and comes back with its next migration. Most apps must stay covered."""
    assert len(_steppable()) >= len(OWN_APPS) // 2, {
        app: step_back(app).why_not for app in OWN_APPS if step_back(app).why_not
    }


@pytest.mark.parametrize("app", _steppable())
def test_migrating_forward_keeps_the_demo_content(app, scratch_demo, scratch_copy):
    step = step_back(app)
    site = scratch_copy(scratch_demo)

    run = site.probe("migrate_back_and_forward", f"{app}:{step.target}")

    undone = {f"{m.app_label}.{m.name}" for m in undone_by_going_before(app, app_history(app)[-1])}
    recorded = run["earlier"]["django_migrations"]
    app_column, name_column = (recorded["columns"].index(column) for column in ("app", "name"))
    applied = {f"{row[app_column]}.{row[name_column]}" for row in recorded["rows"]}
    assert not undone & applied, "the earlier state is before the newest migration"
    assert lost_data(run["earlier"], run["after"]) == []
    assert run["content_after"] == run["content_before"]
    assert all(run["content_before"][kind] for kind in ("courses", "registrations", "ledger"))
