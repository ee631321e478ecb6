"""The academy after a deploy that gave `/about/` to a view of its own."""

from django.http import HttpResponse
from django.urls import path

from academy.urls import urlpatterns as academy_urlpatterns

urlpatterns = [
    path("about/", lambda request: HttpResponse("A view of its own")),
    *academy_urlpatterns,
]
