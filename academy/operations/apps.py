from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "academy.operations"
    label = "operations"
    verbose_name = "Operations"
