from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("courses/<int:course_id>/leave/", views.leave, name="leave"),
    path("lessons/<int:lesson_id>/done/", views.lesson_done, name="lesson_done"),
    path("lessons/<int:lesson_id>/feedback/", views.lesson_feedback, name="lesson_feedback"),
    path("lessons/<int:lesson_id>/practice/", views.lesson_practice, name="lesson_practice"),
    path("lessons/<int:lesson_id>/kudos/", views.lesson_kudos, name="lesson_kudos"),
]
