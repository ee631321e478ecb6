"""`python -m bench.in_django module:function '{"name": value}'`: set Django up from the
environment, call the function with those keyword arguments and print its result as JSON on
the last line (see `harness.in_django`)."""

import importlib
import json
import sys

import django


def main(target: str, arguments: str) -> None:
    django.setup()
    module, name = target.split(":")
    result = getattr(importlib.import_module(module), name)(**json.loads(arguments))
    print(json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:])
