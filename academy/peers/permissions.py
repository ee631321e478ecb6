"""Every privilege of the academy, named in one place.

Views, consumers and Wagtail hooks ask `can(user, action, obj)`; nothing else decides
who may do what. An unknown action name is a programming error and raises, so a typo
can never silently allow or deny.

Topic-scoped privileges take the topic (or the page whose topic counts) as `obj`; a role
held in a topic also covers its subtopics. A suspended member keeps only the privileges
registered with `while_suspended=True`.
"""

from collections.abc import Callable
from functools import cached_property

from django.http import Http404

from .roles import Role

Rule = Callable[[object, object], bool]
_RULES: dict[str, Rule] = {}
_OPEN_WHILE_SUSPENDED: set[str] = set()


def rule(action: str, *, while_suspended: bool = False) -> Callable[[Rule], Rule]:
    def register(check: Rule) -> Rule:
        if action in _RULES:
            raise ValueError(f"Privilege {action!r} is defined twice.")
        _RULES[action] = check
        if while_suspended:
            _OPEN_WHILE_SUSPENDED.add(action)
        return check

    return register


def actions() -> list[str]:
    return sorted(_RULES)


def can(user, action: str, obj=None) -> bool:
    try:
        check = _RULES[action]
    except KeyError:
        raise ValueError(f"Unknown privilege {action!r}.") from None
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if action not in _OPEN_WHILE_SUSPENDED and _access(user).suspended:
        return False
    return check(user, obj)


def get_for_user_or_404(user, action: str, queryset, **lookup):
    """Fetch one object and check `action` on it in one call; absent and forbidden look alike."""
    obj = queryset.filter(**lookup).first()
    if obj is None or not can(user, action, obj):
        raise Http404
    return obj


class _Access:
    """What `can()` knows of one member, each part read the first time a question needs it:
    a registered learner speaking in a room needs only whether they are suspended, and most
    members hold no topic role, so the topic tree is seldom read."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def groups(self) -> set[str]:
        return set(self.user.groups.values_list("name", flat=True))

    @cached_property
    def held(self) -> set[tuple[str, int | None]]:
        from .selectors.ladder import held_roles

        return held_roles(user=self.user)

    @cached_property
    def suspended(self) -> bool:
        from .selectors.ladder import active_suspension

        return active_suspension(user=self.user) is not None

    @cached_property
    def tree(self) -> dict[int, int | None]:
        from .selectors.ladder import topic_tree

        return topic_tree()


def _access(user) -> _Access:
    # Cached on the user object: a request asks many questions about one member.
    if not hasattr(user, "_academy_access"):
        user._academy_access = _Access(user)
    return user._academy_access


def remember_access(users) -> None:
    """Fill the cache of `_access` for many members at once, in four queries however many
    there are: for questions asked about every member of a list."""
    from django.contrib.auth import get_user_model

    from .selectors.ladder import held_roles_by_member, suspended_members, topic_tree

    pending = {user.pk: user for user in users if not hasattr(user, "_academy_access")}
    if not pending:
        return
    groups = {user_id: set() for user_id in pending}
    memberships = get_user_model().groups.through.objects.filter(user_id__in=pending)
    for user_id, name in memberships.values_list("user_id", "group__name"):
        groups[user_id].add(name)
    held = held_roles_by_member(list(pending))
    suspended = suspended_members(list(pending))
    tree = topic_tree()
    for user_id, user in pending.items():
        access = user._academy_access = _Access(user)
        access.groups, access.held = groups[user_id], held[user_id]
        access.suspended, access.tree = user_id in suspended, tree


def forget_access(user) -> None:
    """Drop what `can()` cached about a member whose roles just changed."""
    user.__dict__.pop("_academy_access", None)


def has_role(user, role: Role, topic=None) -> bool:
    """Staff roles by group; ladder roles by standing, in the topic or a parent topic.

    With no topic, a topic role counts when held in any topic.
    """
    if not user.is_authenticated:
        return False
    access = _access(user)
    if role.is_staff_role:
        return role.group_name in access.groups
    if not role.is_topic_role:
        return (role, None) in access.held
    if topic is None:
        return any(held_role == role for held_role, _topic in access.held)
    held_in = {key for held_role, key in access.held if held_role == role}
    if not held_in:
        return False  # held nowhere: no need to walk up from the topic
    from .selectors.ladder import ancestors_and_self

    return any(key in held_in for key in ancestors_and_self(topic.pk, access.tree))


def _curates(user) -> bool:
    return has_role(user, Role.CURATOR)


def _moderates(user) -> bool:
    return has_role(user, Role.MODERATOR) or _curates(user)


@rule("profile.edit", while_suspended=True)
def _edit_profile(user, profile) -> bool:
    return profile.user_id == user.pk


@rule("course.learn", while_suspended=True)
def _learn(user, page) -> bool:
    """Enrol, mark lessons done, rate, report practice and give kudos: any member, on
    published pages that are not behind a view restriction."""
    from academy.courses.selectors import is_open_for_learning

    return is_open_for_learning(page)


@rule("notification.open", while_suspended=True)
def _open_notification(user, notification) -> bool:
    """Read a notification and mark it read: only the member it was meant for."""
    return notification.recipient_id == user.pk


# Authoring ------------------------------------------------------------------------------


def _remembered(obj, name: str, compute):
    # Kept on the object: a page of posts asks the same question about one thread many times.
    if name not in obj.__dict__:
        obj.__dict__[name] = compute(obj)
    return obj.__dict__[name]


def _authors_of(course) -> set[int]:
    from academy.courses.selectors import author_ids

    return _remembered(course, "_academy_author_ids", author_ids)


def _course_of(page):
    from academy.courses.selectors import course_of

    return _remembered(page, "_academy_course", lambda page: course_of(page.specific))


def _teaches_course_of(user, page) -> bool:
    """An author of the course the page belongs to, while they teach its topic."""
    course = _course_of(page)
    return (
        course is not None
        and user.pk in _authors_of(course)
        and has_role(user, Role.PEER_TEACHER, course.topic)
    )


@rule("course.create")
def _create_course(user, topic) -> bool:
    """Write a course in the topic (any topic the member teaches when none is given)."""
    return _curates(user) or has_role(user, Role.PEER_TEACHER, topic)


@rule("course.edit")
def _edit_course(user, page) -> bool:
    """Edit a course or one of its lessons: its authors while they teach its topic, and
    curators."""
    return _curates(user) or _teaches_course_of(user, page)


@rule("course.review")
def _review_course(user, page) -> bool:
    """Peer review: a mentor of the course's topic who is not one of its authors."""
    course = _course_of(page)
    return (
        course is not None
        and has_role(user, Role.MENTOR, course.topic)
        and user.pk not in _authors_of(course)
    )


@rule("course.feature")
def _feature_course(user, course) -> bool:
    return _curates(user)


@rule("session.feature")
def _feature_session(user, session) -> bool:
    return _curates(user)


@rule("experiment.run")
def _run_experiment(user, obj) -> bool:
    """Create, start and stop A/B experiments on the home page, read their results and keep
    the winner (which may change the featured courses): curators."""
    return _curates(user)


@rule("learning_path.create")
def _create_learning_path(user, catalogue) -> bool:
    return _curates(user)


# Live sessions (obj: the session's topic) -------------------------------------------------


@rule("session.host")
def _host_session(user, topic) -> bool:
    return _curates(user) or has_role(user, Role.PEER_TEACHER, topic)


@rule("session.cohost")
def _cohost_session(user, topic) -> bool:
    return _host_session(user, topic) or has_role(user, Role.MENTOR, topic)


@rule("chat.moderate")
def _moderate_chat(user, topic) -> bool:
    return _moderates(user) or has_role(user, Role.MENTOR, topic)


# One session (obj: the LiveSessionPage) ---------------------------------------------------


def _runs(user, session) -> bool:
    return user.pk in session.host_ids()


@rule("session.curate")
def _curate_sessions(user, session) -> bool:
    """Schedule, edit and cancel sessions whoever hosts them."""
    return _curates(user)


@rule("session.register", while_suspended=True)
def _register_for_session(user, session) -> bool:
    """Take a seat: any member, on a published session they do not host."""
    return session.live and not _runs(user, session)


@rule("session.run")
def _run_session(user, session) -> bool:
    """The host's controls in the room (answer, pin, call the next hand, end), the list of
    attendees, the recap and its follow-ups: the host and co-hosts, and curators."""
    return _runs(user, session) or _curates(user)


@rule("session.moderate")
def _moderate_session(user, session) -> bool:
    """Mute, remove, close the chat: whoever runs the session and chat moderators of its topic."""
    return _run_session(user, session) or _moderate_chat(user, session.topic)


@rule("session.enter", while_suspended=True)
def _enter_room(user, session) -> bool:
    """Registered attendees, hosts and chat moderators; never a member removed from it."""
    from academy.live.selectors import is_registered, was_removed

    # Removal comes first: a chat moderator needs no seat, but is not above being removed.
    if was_removed(user=user, session=session):
        return False
    # Then the seat: most who enter hold one, and asking needs none of their roles.
    return is_registered(user=user, session=session) or _moderate_session(user, session)


@rule("session.speak")
def _speak_in_room(user, session) -> bool:
    """Chat, ask, vote and raise a hand: whoever may enter, unless suspended."""
    return _enter_room(user, session)


# Discussions (obj: the course or lesson page, a thread or a post) --------------------------


@rule("discussion.start")
def _start_thread(user, page) -> bool:
    """Open a thread under a published, public course or lesson: any member."""
    from academy.courses.selectors import is_open_for_learning

    return is_open_for_learning(page)


@rule("discussion.seed")
def _seed_thread(user, page) -> bool:
    """Open a conversation starter shown on the course page: moderators and curators."""
    return _moderates(user) and _start_thread(user, page)


@rule("discussion.reply")
def _reply(user, thread) -> bool:
    """Reply in a thread that is not locked (moderators may still write in a locked one)."""
    if thread.is_locked:
        return _moderates(user)
    return _start_thread(user, thread.page)


@rule("discussion.vote")
def _vote(user, post) -> bool:
    """Upvote someone else's post, once."""
    return post.author_id != user.pk


@rule("discussion.edit")
def _edit_post(user, post) -> bool:
    """Authors edit their own posts while the thread is open; moderators any post."""
    if _moderates(user):
        return True
    return post.author_id == user.pk and not post.thread.is_locked


@rule("discussion.accept")
def _accept_answer(user, thread) -> bool:
    """Mark the answer that helped: the thread's author and the course's teachers."""
    return thread.author_id == user.pk or _teaches_course_of(user, thread.page)


@rule("discussion.pin")
def _pin_thread(user, thread) -> bool:
    return _teaches_course_of(user, thread.page) or _moderates(user)


@rule("discussion.moderate")
def _moderate_discussion(user, thread) -> bool:
    """Lock, move, hide and restore, read edit histories and held posts."""
    return _moderates(user)


@rule("discussion.suggest")
def _suggest_improvement(user, post) -> bool:
    """Offer an answer to the lesson's authors: the answer's author or a course teacher."""
    return post.author_id == user.pk or _teaches_course_of(user, post.thread.page)


@rule("suggestion.decide")
def _decide_suggestion(user, suggestion) -> bool:
    """Apply or decline a suggested improvement: whoever may edit the lesson."""
    return _edit_course(user, suggestion.lesson)


# Content requests (obj: the request's topic, or None) ------------------------------------


@rule("content_request.ask")
def _ask_for_content(user, obj) -> bool:
    """Ask the community for missing content, or vote for a request: any member."""
    return True


@rule("content_request.answer")
def _answer_content_request(user, topic) -> bool:
    """See the requests in the admin and mark them answered: curators, and peer teachers of
    the topic (of any topic for a request without one)."""
    return _curates(user) or has_role(user, Role.PEER_TEACHER, topic)


@rule("content_request.promote")
def _promote_content_request(user, request) -> bool:
    """Put a request on the home page's "Wanted" list, or take it off: curators."""
    return _curates(user)


@rule("console.view")
def _view_console(user, obj) -> bool:
    """The curator console: funnel, health, featuring, experiments: curators."""
    return _curates(user)


@rule("console.moderation")
def _view_console_moderation(user, obj) -> bool:
    """The console's moderation panel: moderators and curators."""
    return _moderates(user)


@rule("search.promote")
def _promote_in_search(user, obj) -> bool:
    """Pin a page first for a search: curators."""
    return _curates(user)


@rule("teacher.nudge")
def _nudge_teacher(user, teacher) -> bool:
    """Ask a peer teacher to fill a gap the console shows: curators."""
    return _curates(user)


# Community care ---------------------------------------------------------------------------


@rule("content.flag")
def _flag_content(user, content) -> bool:
    levels = (Role.LEARNER, Role.CONTRIBUTOR, Role.AMBASSADOR)
    return any(has_role(user, level) for level in levels) or _moderates(user)


@rule("moderation.queue")
def _see_moderation_queue(user, obj) -> bool:
    return _moderates(user)


@rule("content.remove")
def _remove_content(user, content) -> bool:
    return _moderates(user)


@rule("member.suspend")
def _suspend_member(user, member) -> bool:
    """Moderators suspend members, never themselves, staff or administrators."""
    if member is None or member.pk == user.pk or member.is_superuser:
        return False
    staff = has_role(member, Role.CURATOR) or has_role(member, Role.MODERATOR)
    return _moderates(user) and not staff


@rule("member.welcome")
def _welcome_member(user, member) -> bool:
    if member is not None and member.pk == user.pk:
        return False
    return _moderates(user) or has_role(user, Role.CONTRIBUTOR) or has_role(user, Role.AMBASSADOR)


@rule("referral.share")
def _share_referral_link(user, obj) -> bool:
    return has_role(user, Role.AMBASSADOR)


@rule("buddy.request")
def _request_buddy(user, topic) -> bool:
    return has_role(user, Role.PEER_TEACHER, topic)


@rule("buddy.offer")
def _offer_buddy(user, topic) -> bool:
    return has_role(user, Role.MENTOR, topic)


# Roles ------------------------------------------------------------------------------------


@rule("nomination.create")
def _nominate(user, topic) -> bool:
    return has_role(user, Role.MENTOR, topic)


@rule("nomination.decide")
def _decide_nomination(user, nomination) -> bool:
    return _curates(user)


@rule("roles.grant")
def _grant_role(user, role) -> bool:
    """Curators grant and revoke every role but their own; only administrators make
    curators."""
    return _curates(user) and role != Role.CURATOR


# First-session buddies (obj: the BuddyRequest) --------------------------------------------


@rule("buddy.answer")
def _answer_buddy(user, buddy_request) -> bool:
    """The other side answers: a mentor of the topic takes a teacher's request, the teacher
    answers a mentor's offer."""
    if buddy_request.offered_by_mentor:
        return buddy_request.teacher_id == user.pk and has_role(
            user, Role.PEER_TEACHER, buddy_request.topic
        )
    return buddy_request.teacher_id != user.pk and has_role(user, Role.MENTOR, buddy_request.topic)


@rule("buddy.withdraw")
def _withdraw_buddy(user, buddy_request) -> bool:
    """The side that asked: the teacher for a request, the mentor for an offer."""
    asker = buddy_request.mentor_id if buddy_request.offered_by_mentor else buddy_request.teacher_id
    return asker == user.pk
