"""Benchmark settings: the demo configuration with debug off and a bare baseline view."""

from academy.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "bench.urls"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
