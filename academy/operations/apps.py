from django.apps import AppConfig
from django.core.signals import request_finished


class OperationsConfig(AppConfig):
    name = "academy.operations"
    label = "operations"
    verbose_name = "Operations"

    def ready(self):
        from .logging import forget_request_id

        # The id stays set until the response is finished, so that Django's own lines about
        # the response ("Not Found: ...", logged after the middleware returned) carry it too.
        request_finished.connect(forget_request_id, dispatch_uid="operations.forget_request_id")
