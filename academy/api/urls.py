from django.urls import include, path

from .http import read_only_patterns
from .views import api

ninja_patterns, ninja_app, ninja_namespace = api.urls

urlpatterns = [
    path("", include((read_only_patterns(ninja_patterns), ninja_app), namespace=ninja_namespace))
]
