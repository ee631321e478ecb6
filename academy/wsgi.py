"""WSGI entry point: production serves HTTP with gunicorn workers (see docs/operations.md)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.production")

application = get_wsgi_application()
