from .courses import make_catalogue, make_course, make_lesson, make_topic
from .users import UserFactory

__all__ = ["UserFactory", "make_catalogue", "make_course", "make_lesson", "make_topic"]
