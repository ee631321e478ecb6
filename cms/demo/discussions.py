"""Demo steps for discussions: a conversation starter on the first retrospective course,
a question Lena asked and accepted an answer to, an open question for the teachers, a
newcomer's first post waiting for approval, a spam reply reported by members, and an answer
offered to the lesson's author.

Every write goes through the discussion services (notifications and reputation included);
a thread that exists already is left alone, so running the steps again changes nothing.
"""

from datetime import timedelta

from django.utils import timezone

from academy.community import services
from academy.community.models import Post, Thread
from academy.courses.models import CoursePage, LessonPage
from academy.peers import services as peer_services

from .members import member

COURSE = "running-your-first-retrospective"

# (author, lesson position or None for the course, title, body, days ago, seed)
THREADS = [
    (
        "moderator",
        None,
        "What made your last retrospective worth the hour?",
        "Tell us one thing that made a retro *useful* for your team, and one thing you "
        "would never do again.",
        12,
        True,
    ),
    (
        "learner",
        1,
        "How long should each phase take in a one-hour retro?",
        "I have exactly one hour with my library team. The five phases look like a lot. "
        "How do you **split the time**?",
        6,
        False,
    ),
    (
        "priya",
        3,
        "Can we skip gathering data when the team is tired?",
        "Our sprint was rough and people just want to talk about actions. Is it fine to "
        "jump straight to deciding what to do?",
        2,
        False,
    ),
]

# (thread title, author, body, hours after the thread)
REPLIES = [
    (
        "What made your last retrospective worth the hour?",
        "ana",
        "We ended with *one* experiment instead of a list of ten actions. It got done.",
        5,
    ),
    (
        "What made your last retrospective worth the hour?",
        "mentor",
        "Never again: a retro without a check-in. People arrived in their heads, not in the room.",
        20,
    ),
    (
        "How long should each phase take in a one-hour retro?",
        "teacher",
        "A split that works for me:\n\n- set the stage: 5 min\n- gather data: 15 min\n"
        "- generate insights: 20 min\n- decide what to do: 15 min\n- close: 5 min\n\n"
        "Protect the insights phase: that is where the hour pays off.",
        3,
    ),
    (
        "How long should each phase take in a one-hour retro?",
        "mentor",
        "Agree with @teacher. If you run late, shorten gathering data, never the closing.",
        9,
    ),
]
SPAM = "Boost your team productivity 300%!!! Cheap coaching at quick-retro-pills.example"
ACCEPTED = ("How long should each phase take in a one-hour retro?", "teacher")
SUGGESTED = ("How long should each phase take in a one-hour retro?", "mentor")


def _page(position):
    course = CoursePage.objects.live().get(slug=COURSE)
    if position is None:
        return course
    return LessonPage.objects.child_of(course).live().order_by("path")[position]


def _thread(title: str) -> Thread:
    return Thread.objects.get(title=title)


def _backdate(post: Post, moment) -> None:
    Post.objects.filter(pk=post.pk).update(created_at=moment)
    Thread.objects.filter(pk=post.thread_id).update(last_activity_at=moment)


def ensure_threads() -> None:
    now = timezone.now()
    for username, position, title, body, days, seed in THREADS:
        if Thread.objects.filter(title=title).exists():
            continue
        thread = services.start_thread(
            author=member(username), page=_page(position), title=title, body=body, seed=seed
        )
        moment = now - timedelta(days=days)
        Thread.objects.filter(pk=thread.pk).update(created_at=moment)
        _backdate(thread.opening, moment)
    for title, username, body, hours in REPLIES:
        thread = _thread(title)
        if thread.posts.filter(author=member(username)).exists():
            continue
        post = services.reply(author=member(username), thread=thread, body=body)
        _backdate(post, thread.created_at + timedelta(hours=hours))


def ensure_accepted_answer_and_votes() -> None:
    thread = _thread(ACCEPTED[0])
    answer = thread.posts.get(author=member(ACCEPTED[1]))
    if thread.accepted_answer_id is None:
        services.accept_answer(user=thread.author, post=answer)
    for username in ("learner", "ana", "moderator"):
        if not answer.votes.filter(user=member(username)).exists():
            services.toggle_vote(user=member(username), post=answer)


def ensure_suggestion() -> None:
    """Mei offers her tip to the lesson's author, Tomás, who sees it in the admin."""
    post = _thread(SUGGESTED[0]).posts.get(author=member(SUGGESTED[1]))
    services.suggest_improvement(user=post.author, post=post)


def ensure_held_first_post() -> None:
    """Noah's first words wait for a moderator."""
    thread = _thread(THREADS[0][2])
    noah = member("newcomer1")
    if not thread.posts.filter(author=noah).exists():
        services.reply(
            author=noah, thread=thread, body="We use a timer on the wall. It keeps us honest."
        )


def ensure_reported_spam() -> None:
    """A spam reply that two members reported; it waits in the moderators' queue. It sits
    under the conversation starter, so Priya's question stays unanswered for the teachers'
    homes."""
    thread = _thread(THREADS[0][2])
    spammer = member("newcomer6")
    post = thread.posts.filter(author=spammer).first()
    if post is None:
        post = services.reply(author=spammer, thread=thread, body=SPAM)
        if post.state == Post.State.HELD:  # shown like any approved post, so it can be reported
            services.restore_post(moderator=member("moderator"), post=post)
            post.refresh_from_db()
    for username in ("learner", "ana"):
        peer_services.flag_content(
            reporter=member(username), content=post, reason="spam", note="Advertising."
        )


STEPS = [
    ("discussions", ensure_threads),
    ("accepted answer", ensure_accepted_answer_and_votes),
    ("lesson suggestion", ensure_suggestion),
    ("held first post", ensure_held_first_post),
    ("reported spam", ensure_reported_spam),
]
