from django.urls import path

from .views import path as path_views
from .views import profiles

app_name = "peers"

urlpatterns = [
    path("me/edit/", profiles.profile_edit, name="profile_edit"),
    path("me/path/", path_views.my_path, name="path"),
    path("<str:username>/nominate/", path_views.nominate, name="nominate"),
    path("<str:username>/", profiles.profile_detail, name="profile"),
]
