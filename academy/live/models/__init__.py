from .pages import LiveSessionPage, SessionsIndexPage
from .registrations import CalendarFeed, Registration
from .room import (
    ChatMessage,
    Hand,
    Participant,
    Question,
    QuestionVote,
    RoomEvent,
    SessionFeedback,
    SessionState,
)

__all__ = [
    "CalendarFeed",
    "ChatMessage",
    "Hand",
    "LiveSessionPage",
    "Participant",
    "Question",
    "QuestionVote",
    "Registration",
    "RoomEvent",
    "SessionFeedback",
    "SessionState",
    "SessionsIndexPage",
]
