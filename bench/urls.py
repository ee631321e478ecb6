"""The academy's URLs plus the baseline every page figure is divided by."""

from django.http import HttpResponse
from django.urls import path

from academy.urls import urlpatterns as academy_urlpatterns


def bare_view(request):
    return HttpResponse("ok")


urlpatterns = [path("bench/bare/", bare_view), *academy_urlpatterns]
