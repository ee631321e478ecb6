from django.apps import AppConfig


class ChartsConfig(AppConfig):
    name = "academy.charts"
    label = "charts"
    verbose_name = "Charts"
