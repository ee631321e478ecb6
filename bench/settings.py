"""Benchmark settings: the demo configuration with debug off and a bare baseline view."""

from academy.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "bench.urls"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# Benchmarks promote members and award badges; their emails are kept, not printed.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
