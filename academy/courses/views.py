"""Pages a learner sees (catalogue, course, lesson, learning path, my learning) and the
POST endpoints that change their learning. Writes go through `services`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.experiments import assignment as experiment_assignment
from academy.experiments import services as experiment_services
from academy.peers.permissions import get_for_user_or_404

from . import selectors, services
from .forms import CatalogueFilterForm, FeedbackForm, PracticeReportForm
from .models import (
    CoursePage,
    Kudos,
    LearningPathPage,
    LessonFeedback,
    LessonPage,
    PracticeReport,
)

COURSES_PER_PAGE = 12


def catalogue_context(request, *, catalogue) -> dict:
    form = CatalogueFilterForm(request.GET)
    filters = form.cleaned_or_empty()
    courses = selectors.catalogue(selectors.CatalogueQuery(**filters))
    page = Paginator(courses, COURSES_PER_PAGE).get_page(request.GET.get("page"))
    return {
        "filter_form": form,
        "filtered": any(name != "sort" for name in filters),
        "courses": page,
        "learning_paths": LearningPathPage.objects.child_of(catalogue).live().public(),
    }


def course_context(request, *, course) -> dict:
    lessons = selectors.lessons_of(course)
    return {
        "lessons": lessons,
        "progress": selectors.progress(user=request.user, course=course, lessons=lessons),
        "enrolment": selectors.enrolment(user=request.user, course=course),
        "authors": [course.owner, *course.co_authors.all()] if course.owner else [],
        "total_minutes": sum(lesson.estimated_minutes for lesson in lessons),
        "discussion": _discussion(request, course),
    }


def _discussion(request, page):
    """The page's discussion panel; none in a preview of an unpublished page."""
    from academy.community.selectors import panel

    return panel(page=page, viewer=request.user) if page.pk and page.live else None


def lesson_context(request, *, lesson) -> dict:
    course = selectors.course_of(lesson)
    lessons = selectors.lessons_of(course)
    previous, following = selectors.neighbours(lesson, lessons)
    progress = selectors.progress(user=request.user, course=course, lessons=lessons)
    user = request.user
    own_feedback = own_report = None
    if user.is_authenticated:
        own_feedback = LessonFeedback.objects.filter(user=user, lesson=lesson).first()
        own_report = PracticeReport.objects.filter(user=user, lesson=lesson).first()
    return {
        "course": course,
        "lessons": lessons,
        "progress": progress,
        "is_done": lesson.pk in progress.done_ids,
        "previous_lesson": previous,
        "next_lesson": following,
        "kudos_count": Kudos.objects.filter(lesson=lesson).count(),
        "gave_kudos": user.is_authenticated
        and Kudos.objects.filter(user=user, lesson=lesson).exists(),
        "feedback_form": FeedbackForm(instance=own_feedback),
        "practice_form": PracticeReportForm(instance=own_report),
        "practice_reports": selectors.practice_reports_shown(lesson=lesson),
        "discussion": _discussion(request, lesson),
    }


def learning_path_context(request, *, path) -> dict:
    steps = []
    for step in path.steps.select_related("course").filter(course__live=True):
        course = step.course
        steps.append(
            {
                "step": step,
                "course": course,
                "progress": selectors.progress(user=request.user, course=course),
            }
        )
    done = sum(1 for item in steps if item["progress"].is_complete)
    return {"steps": steps, "done_courses": done}


@login_required
def my_learning(request):
    enrolments = list(selectors.enrolments_of(user=request.user))
    items = [
        {"enrolment": e, "progress": selectors.progress(user=request.user, course=e.course)}
        for e in enrolments
    ]
    return render(
        request,
        "courses/my_learning.html",
        {
            "in_progress": [item for item in items if not item["enrolment"].completed_at],
            "completed": [item for item in items if item["enrolment"].completed_at],
        },
    )


@require_POST
@login_required
def enrol(request, course_id: int):
    course = get_for_user_or_404(
        request.user, "course.learn", CoursePage.objects.live(), pk=course_id
    )
    services.enrol(user=request.user, course=course)
    # A conversion of the home page's experiment, if this browser takes part in it.
    experiment_services.record_conversion_after_commit(
        user=request.user, assignment=experiment_assignment.carried_by(request)
    )
    messages.success(request, _("You are enrolled. Enjoy the course!"))
    first = selectors.progress(user=request.user, course=course).next_lesson
    return redirect(first.url if first else course.url)


@require_POST
@login_required
def leave(request, course_id: int):
    course = get_for_user_or_404(
        request.user, "course.learn", CoursePage.objects.live(), pk=course_id
    )
    services.leave(user=request.user, course=course)
    messages.info(request, _("You left the course. Your completed lessons are kept."))
    return redirect(course.url)


def _lesson_for(request, lesson_id: int) -> LessonPage:
    return get_for_user_or_404(
        request.user, "course.learn", LessonPage.objects.live(), pk=lesson_id
    )


@require_POST
@login_required
def lesson_done(request, lesson_id: int):
    lesson = _lesson_for(request, lesson_id)
    if request.POST.get("undo"):
        services.mark_lesson_not_done(user=request.user, lesson=lesson)
        return redirect(lesson.url)
    progress = services.mark_lesson_done(user=request.user, lesson=lesson)
    if progress.is_complete:
        messages.success(request, _("Course complete. Well done!"))
        return redirect(selectors.course_of(lesson).url)
    following = progress.next_lesson
    return redirect(following.url if following else lesson.url)


def _invalid_lesson_form(request, lesson, **forms):
    """Show the lesson again with the member's input and the form's errors."""
    context = lesson.get_context(request)
    context.update(forms)
    return TemplateResponse(request, lesson.get_template(request), context, status=400)


def _save_lesson_form(request, lesson_id, *, form_class, form_name, save, thanks, anchor):
    """Validate a lesson form and save it through `save`, or show the lesson with errors."""
    lesson = _lesson_for(request, lesson_id)
    form = form_class(request.POST)
    if not form.is_valid():
        return _invalid_lesson_form(request, lesson, **{form_name: form})
    save(user=request.user, lesson=lesson, **form.cleaned_data)
    messages.success(request, thanks)
    return redirect(f"{lesson.url}#{anchor}")


@require_POST
@login_required
def lesson_feedback(request, lesson_id: int):
    return _save_lesson_form(
        request,
        lesson_id,
        form_class=FeedbackForm,
        form_name="feedback_form",
        save=services.give_feedback,
        thanks=_("Thank you: your feedback helps the author."),
        anchor="feedback",
    )


@require_POST
@login_required
def lesson_practice(request, lesson_id: int):
    return _save_lesson_form(
        request,
        lesson_id,
        form_class=PracticeReportForm,
        form_name="practice_form",
        save=services.report_practice,
        thanks=_("Thank you for sharing what you tried."),
        anchor="practice",
    )


@require_POST
@login_required
def lesson_kudos(request, lesson_id: int):
    lesson = _lesson_for(request, lesson_id)
    services.toggle_kudos(user=request.user, lesson=lesson)
    return redirect(f"{lesson.url}#kudos")
