from django.urls import path

from .views import badges, openbadges, profiles
from .views import path as path_views

app_name = "peers"

urlpatterns = [
    path("me/edit/", profiles.profile_edit, name="profile_edit"),
    path("me/path/", path_views.my_path, name="path"),
    path("badges/", badges.badge_list, name="badges"),
    path("badges/<slug:slug>/", badges.badge_detail, name="badge"),
    path("badges/<slug:slug>/image.svg", badges.badge_image, name="badge_image"),
    path("<str:username>/nominate/", path_views.nominate, name="nominate"),
    path("<str:username>/", profiles.profile_detail, name="profile"),
]

# Open Badges documents, mounted outside the language prefixes (see views/openbadges.py).
openbadges_urlpatterns = [
    path("issuer.json", openbadges.issuer, name="issuer"),
    path("badges/<slug:slug>/class.json", openbadges.badge_class, name="badge_class"),
    path("badges/assertions/<str:uid>.json", openbadges.assertion, name="assertion"),
]
