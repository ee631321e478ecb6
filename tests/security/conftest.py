import copy
import uuid

import pytest
from django.conf import settings
from django.db import transaction
from django.test import override_settings

from . import academy as security_academy
from . import matrix


@pytest.fixture(scope="package")
def academy(django_db_setup, django_db_blocker):
    """The security academy, built once for the package and rolled back after it."""
    # A cache namespace of its own: rate limits and cached pages never leak in from other runs.
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["KEY_PREFIX"] = f"security-{uuid.uuid4().hex}"
    with override_settings(CACHES=caches), django_db_blocker.unblock(), transaction.atomic():
        yield security_academy.build()
        transaction.set_rollback(True)


@pytest.fixture(scope="package")
def outcomes(academy, django_db_blocker):
    """Every row of the matrix requested as every role, once for the package."""
    with django_db_blocker.unblock():
        return matrix.compute(academy)
