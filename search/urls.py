from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("", views.search_page, name="search"),
    path("autocomplete/", views.autocomplete, name="autocomplete"),
    path("requests/", views.request_list, name="requests"),
    path("requests/ask/", views.ask, name="ask"),
    path("requests/<int:pk>/vote/", views.vote, name="vote"),
]
