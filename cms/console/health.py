"""Content and community health, gathered from the apps that own each figure: gaps to fill
(searches that found nothing, content requests, live questions left open, topics with demand
and no teacher), stale courses, new teachers and the moderation queue."""

from django.urls import reverse
from django.utils.translation import gettext as _

from academy.courses import selectors as course_selectors
from academy.courses.models import Topic
from academy.insights import selectors as insights
from academy.live import selectors as live_selectors
from academy.peers.roles import Role
from academy.peers.selectors import ladder as ladder_selectors
from academy.peers.selectors.profiles import display_name
from search import selectors as search_selectors

from .periods import Period
from .tables import Action, Cell, Row, Table

ROWS = 20


def _nudge(teacher, gap: str, url: str) -> Action:
    return Action(
        _("Nudge %(name)s") % {"name": display_name(teacher)},
        reverse("console_nudge"),
        {"teacher": teacher.pk, "gap": gap, "url": url},
    )


def zero_result_searches(period: Period) -> Table:
    figures = search_selectors.zero_result_queries(
        days=len(period.days), today=period.last, limit=ROWS
    )
    promote = reverse("console_promote")
    return Table(
        key="searches-without-results",
        title=_("Searches that found nothing"),
        header=[_("Search"), _("Searches"), _("Found nothing")],
        rows=[
            Row(
                [figure.query, figure.searches, figure.zero_results],
                [Action(_("Promote a page"), f"{promote}?q={figure.query}", post=False)],
            )
            for figure in figures
        ],
        empty_text=_("Every search in this period found something."),
    )


def content_requests() -> Table:
    wanted = reverse("console_wanted")
    rows = []
    for request in search_selectors.open_requests()[:ROWS]:
        is_wanted = request.wanted_since is not None
        label = _("Take off the wanted list") if is_wanted else _("Put on the wanted list")
        rows.append(
            Row(
                [
                    request.query,
                    request.topic.name if request.topic else "",
                    request.votes,
                    _("Yes") if is_wanted else _("No"),
                ],
                [
                    Action(
                        label, wanted, {"request": request.pk, "wanted": "" if is_wanted else "1"}
                    )
                ],
            )
        )
    return Table(
        key="content-requests",
        title=_("Content requests"),
        header=[_("Request"), _("Topic"), _("Votes"), _("On the home page")],
        rows=rows,
        empty_text=_("No open content requests."),
        description=_("Requests on the wanted list are shown on the home page."),
    )


def unanswered_questions(period: Period) -> Table:
    rows = []
    for question in live_selectors.unanswered_questions(
        start=period.start, end=period.end, limit=ROWS
    ):
        session = question.session
        gap = _("A follow-up on “%(question)s” from %(session)s") % {
            "question": question.text[:80],
            "session": session.title,
        }
        rows.append(
            Row(
                [question.text, Cell(session.title, session.url), question.votes],
                [_nudge(session.host, gap, session.url)],
            )
        )
    return Table(
        key="unanswered-live-questions",
        title=_("Live questions left open"),
        header=[_("Question"), _("Session"), _("Votes")],
        rows=rows,
        empty_text=_("Every question asked live in this period was answered."),
    )


def topics_lacking_teachers(period: Period) -> Table:
    enrolments = insights.enrolments_by_topic(start=period.first, end=period.last)
    votes = search_selectors.open_request_votes_by_topic()
    teachers = ladder_selectors.teachers_by_topic()
    grant = reverse("peers_roles")
    rows = []
    for topic in Topic.objects.order_by("name"):
        demand = enrolments.get(topic.pk, 0) + votes.get(topic.pk, 0)
        if demand and not teachers.get(topic.pk):
            link = f"{grant}?role={Role.PEER_TEACHER.value}&topic={topic.pk}"
            rows.append(
                Row(
                    [topic.name, enrolments.get(topic.pk, 0), votes.get(topic.pk, 0)],
                    [Action(_("Grant a teaching role"), link, post=False)],
                )
            )
    rows.sort(key=lambda row: -(row.cells[1] + row.cells[2]))
    return Table(
        key="topics-without-teachers",
        title=_("Topics with demand and no teacher"),
        header=[_("Topic"), _("Enrolments"), _("Request votes")],
        rows=rows,
        empty_text=_("Every topic learners come for has a peer teacher."),
    )


def stale_courses() -> Table:
    rows = []
    for course in course_selectors.stale_courses(limit=ROWS):
        gap = _("An update of “%(course)s”: its ratings are falling") % {"course": course.title}
        actions = [_nudge(course.owner, gap, course.url)] if course.owner else []
        rows.append(
            Row(
                [
                    Cell(course.title, course.url),
                    course.last_published_at.date(),
                    round(course.earlier_rating, 1),
                    round(course.recent_rating, 1),
                ],
                actions,
            )
        )
    return Table(
        key="stale-courses",
        title=_("Stale courses"),
        header=[_("Course"), _("Last updated"), _("Rating before"), _("Rating lately")],
        rows=rows,
        empty_text=_("No course is both old and rated lower lately."),
        description=_(
            "Not updated for six months, and rated lower in the last 90 days than in the 90 before."
        ),
    )


def new_teachers(period: Period) -> Table:
    return Table(
        key="new-teachers",
        title=_("New peer teachers"),
        header=[_("Member"), _("Topic"), _("How"), _("Since")],
        rows=[
            Row(
                [
                    display_name(change.user),
                    change.topic.name if change.topic else "",
                    change.get_kind_display(),
                    change.created_at.date(),
                ]
            )
            for change in ladder_selectors.new_teachers(start=period.start, end=period.end)[:ROWS]
        ],
        empty_text=_("Nobody became a peer teacher in this period."),
    )


def tables(period: Period) -> list[Table]:
    """Every health table, in the order the screen shows them."""
    return [
        topics_lacking_teachers(period),
        zero_result_searches(period),
        content_requests(),
        unanswered_questions(period),
        stale_courses(),
        new_teachers(period),
    ]
