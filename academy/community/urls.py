from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("on/<int:page_id>/", views.discussion, name="discussion"),
    path("<int:thread_id>/", views.thread, name="thread"),
    path("<int:thread_id>/pin/", views.pin, name="pin"),
    path("<int:thread_id>/lock/", views.lock, name="lock"),
    path("<int:thread_id>/move/", views.move, name="move"),
    path("posts/<int:post_id>/vote/", views.vote, name="vote"),
    path("posts/<int:post_id>/accept/", views.accept, name="accept"),
    path("posts/<int:post_id>/edit/", views.edit, name="edit"),
    path("posts/<int:post_id>/history/", views.history, name="history"),
    path("posts/<int:post_id>/suggest/", views.suggest, name="suggest"),
    path("posts/<int:post_id>/hide/", views.hide, name="hide"),
    path("posts/<int:post_id>/restore/", views.restore, name="restore"),
]
