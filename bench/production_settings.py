"""The production settings with the baseline view of `bench/urls.py`, for the page benchmark
under the production topology (`make prod-local`)."""

from academy.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
