from django.urls import path

from .views import badges, community, flags, leaderboard, openbadges, profiles
from .views import path as path_views

app_name = "peers"

urlpatterns = [
    path("me/edit/", profiles.profile_edit, name="profile_edit"),
    path("me/path/", path_views.my_path, name="path"),
    path("badges/", badges.badge_list, name="badges"),
    path("badges/<slug:slug>/", badges.badge_detail, name="badge"),
    path("badges/<slug:slug>/image.svg", badges.badge_image, name="badge_image"),
    path("community/", community.community, name="community"),
    path(
        "community/buddy/request/<int:topic_id>/",
        community.buddy_request,
        name="buddy_request",
    ),
    path(
        "community/buddy/offer/<int:topic_id>/<str:username>/",
        community.buddy_offer,
        name="buddy_offer",
    ),
    path(
        "community/buddy/<int:pk>/accept/",
        community.buddy_answer,
        {"accept": True},
        name="buddy_accept",
    ),
    path(
        "community/buddy/<int:pk>/decline/",
        community.buddy_answer,
        {"accept": False},
        name="buddy_decline",
    ),
    path("community/buddy/<int:pk>/withdraw/", community.buddy_withdraw, name="buddy_withdraw"),
    path("community/welcome/<str:username>/", community.welcome, name="welcome"),
    path("join/<str:code>/", community.join, name="join"),
    path("report/<str:kind>/<int:pk>/", flags.report, name="report"),
    path("leaderboard/", leaderboard.leaderboard, name="leaderboard"),
    path("<str:username>/nominate/", path_views.nominate, name="nominate"),
    path("<str:username>/", profiles.profile_detail, name="profile"),
]

# Open Badges documents, mounted outside the language prefixes (see views/openbadges.py).
openbadges_urlpatterns = [
    path("issuer.json", openbadges.issuer, name="issuer"),
    path("badges/<slug:slug>/class.json", openbadges.badge_class, name="badge_class"),
    path("badges/assertions/<str:uid>.json", openbadges.assertion, name="assertion"),
]
