from django.urls import path

from .views import calendar, hosting, room, session

app_name = "live"

urlpatterns = [
    path("", calendar.my_sessions, name="my_sessions"),
    path("calendar/reset/", calendar.feed_reset, name="feed_reset"),
    path("calendar/<str:token>.ics", calendar.feed, name="feed"),
    path("<int:session_id>/register/", session.register, name="register"),
    path("<int:session_id>/cancel/", session.cancel, name="cancel"),
    path("<int:session_id>/cancel-session/", hosting.cancel_session, name="cancel_session"),
    path("<int:session_id>/session.ics", calendar.session_ics, name="session_ics"),
    path("<int:session_id>/room/", room.room, name="room"),
    path("<int:session_id>/attendees/", hosting.attendees, name="attendees"),
    path("<int:session_id>/attendees.csv", hosting.attendees_csv, name="attendees_csv"),
    path("<int:session_id>/recap/", hosting.recap, name="recap"),
    path("<int:session_id>/feedback/", hosting.feedback, name="feedback"),
    path(
        "<int:session_id>/questions/<int:question_id>/follow-up/",
        hosting.follow_up,
        name="follow_up",
    ),
]
