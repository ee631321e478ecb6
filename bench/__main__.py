"""Run the benchmarks: `python -m bench [name ...]` (all when no name is given)."""

import sys

from . import harness, insights, ladder, live, pages, registration, search

# In this order: `ladder` sets Django up in this process; the others run Django in servers
# and child processes, one database each.
BENCHMARKS = {
    "pages": pages.run,
    "live": live.run,
    "registration": registration.run,
    "search": search.run,
    "insights": insights.run,
    "ladder": ladder.run,
}


def main(names: list[str]) -> int:
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    for name in names or BENCHMARKS:
        try:
            BENCHMARKS[name]()
        except harness.BenchError as error:
            print(f"{name}: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
