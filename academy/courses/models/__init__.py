from .learning import Enrolment, Kudos, LessonCompletion, LessonFeedback, PracticeReport
from .pages import (
    CatalogueIndexPage,
    CoursePage,
    CourseTag,
    Language,
    LearningPathPage,
    LearningPathStep,
    Length,
    LessonPage,
    Level,
)
from .review import CuratorApprovalTask, PeerReviewTask
from .topics import Topic

__all__ = [
    "CatalogueIndexPage",
    "CoursePage",
    "CourseTag",
    "CuratorApprovalTask",
    "Enrolment",
    "Kudos",
    "Language",
    "LearningPathPage",
    "LearningPathStep",
    "Length",
    "LessonCompletion",
    "LessonFeedback",
    "LessonPage",
    "Level",
    "PeerReviewTask",
    "PracticeReport",
    "Topic",
]
