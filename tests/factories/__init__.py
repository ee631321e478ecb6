from .courses import make_catalogue, make_course, make_lesson, make_topic
from .live import make_session, make_sessions_index
from .users import UserFactory

__all__ = [
    "UserFactory",
    "make_catalogue",
    "make_course",
    "make_lesson",
    "make_session",
    "make_sessions_index",
    "make_topic",
]
