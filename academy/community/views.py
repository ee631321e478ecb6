"""Discussion pages and the POST endpoints that change them. Reads go through `selectors`,
writes through `services`, and every privilege is asked of `can()` there or here."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from academy.courses.models import LessonPage
from academy.peers.permissions import can

from . import selectors, services
from .forms import EditForm, HideForm, MoveForm, PostForm, ThreadForm
from .models import Post


def _thread_url(thread, post=None) -> str:
    url = reverse("community:thread", args=[thread.pk])
    return f"{url}#post-{post.pk}" if post else url


@require_http_methods(["GET", "POST"])
def discussion(request, page_id: int):
    """A course's or lesson's threads, and the form to start one."""
    page = selectors.discussion_page_or_404(page_id)
    form = ThreadForm(request.POST or None)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={request.path}")
        if form.is_valid():
            try:
                thread = services.start_thread(
                    author=request.user,
                    page=page,
                    seed=bool(request.POST.get("seed")),
                    **form.cleaned_data,
                )
            except services.DiscussionError as error:
                form.add_error(None, str(error))
            else:
                _say_published(request, thread.opening)
                return redirect(_thread_url(thread))
    sort = request.GET.get("sort", selectors.DEFAULT_SORT)
    return render(
        request,
        "community/discussion.html",
        {
            "page": page,
            "threads": selectors.threads_of(
                page=page, viewer=request.user, sort=sort, page_number=request.GET.get("page")
            ),
            "sort": sort if sort in selectors.SORTS else selectors.DEFAULT_SORT,
            "sorts": _sort_choices(),
            "form": form,
            "can_start": can(request.user, "discussion.start", page),
            "can_seed": can(request.user, "discussion.seed", page),
        },
        status=400 if form.errors else 200,
    )


def _sort_choices():
    return [
        ("active", _("Latest activity")),
        ("newest", _("Newest")),
        ("votes", _("Most voted")),
        ("unanswered", _("Unanswered")),
    ]


def _say_published(request, post: Post) -> None:
    if post.state == Post.State.HELD:
        messages.info(
            request,
            _("Thank you! Your first posts are checked by a moderator before others see them."),
        )
    else:
        messages.success(request, _("Posted."))


@require_http_methods(["GET", "POST"])
def thread(request, thread_id: int):
    """One thread with its replies, and the reply form."""
    thread = selectors.thread_or_404(thread_id=thread_id, viewer=request.user)
    form = PostForm(request.POST or None)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={request.path}")
        if form.is_valid():
            try:
                post = services.reply(author=request.user, thread=thread, **form.cleaned_data)
            except services.DiscussionError as error:
                form.add_error(None, str(error))
            else:
                _say_published(request, post)
                return redirect(_thread_url(thread, post))
    view = selectors.thread_view(
        thread=thread, viewer=request.user, page_number=request.GET.get("page")
    )
    user = request.user
    is_lesson = isinstance(thread.page.specific, LessonPage)
    for post in view.posts:
        post.thread = thread  # one thread object: `can()` asks about it without queries
        shown = post.state == Post.State.VISIBLE
        post.can_vote = shown and can(user, "discussion.vote", post)
        post.can_edit = can(user, "discussion.edit", post)
        post.can_accept = (
            shown and post.pk != thread.opening_id and can(user, "discussion.accept", thread)
        )
        post.can_suggest = (
            is_lesson
            and shown
            and post.pk != thread.opening_id
            and can(user, "discussion.suggest", post)
        )
    return render(
        request,
        "community/thread.html",
        {
            "view": view,
            "thread": thread,
            "page": thread.page.specific,
            "form": form,
            "can_reply": can(user, "discussion.reply", thread),
            "can_pin": can(user, "discussion.pin", thread),
            "can_moderate": can(user, "discussion.moderate", thread),
        },
        status=400 if form.errors else 200,
    )


def _post_or_404(request, post_id: int) -> Post:
    post = get_object_or_404(Post.objects.select_related("author"), pk=post_id)
    # The thread must be one the member can see, and the post one shown to them.
    post.thread = selectors.thread_or_404(thread_id=post.thread_id, viewer=request.user)
    if post.state != Post.State.VISIBLE and not (
        post.author_id == request.user.pk or can(request.user, "discussion.moderate", post.thread)
    ):
        raise PermissionDenied
    return post


def _act(request, action, *, done: str, redirect_to: str):
    """Run a toggle-like service; its refusal is shown as a message, never a crash."""
    try:
        result = action()
    except services.DiscussionError as error:
        messages.error(request, str(error))
    else:
        if done:
            messages.success(request, done if not callable(done) else done(result))
    return redirect(redirect_to)


@require_POST
@login_required
def vote(request, post_id: int):
    post = _post_or_404(request, post_id)
    return _act(
        request,
        lambda: services.toggle_vote(user=request.user, post=post),
        done="",
        redirect_to=_thread_url(post.thread, post),
    )


@require_POST
@login_required
def accept(request, post_id: int):
    post = _post_or_404(request, post_id)
    return _act(
        request,
        lambda: services.accept_answer(user=request.user, post=post),
        done=lambda accepted: (
            _("Marked as the accepted answer.") if accepted else _("No longer the accepted answer.")
        ),
        redirect_to=_thread_url(post.thread, post),
    )


@require_POST
@login_required
def pin(request, thread_id: int):
    thread = selectors.thread_or_404(thread_id=thread_id, viewer=request.user)
    return _act(
        request,
        lambda: services.pin_thread(user=request.user, thread=thread),
        done=lambda pinned: _("Pinned to the top.") if pinned else _("Unpinned."),
        redirect_to=_thread_url(thread),
    )


@require_POST
@login_required
def lock(request, thread_id: int):
    thread = selectors.thread_or_404(thread_id=thread_id, viewer=request.user)
    return _act(
        request,
        lambda: services.lock_thread(user=request.user, thread=thread),
        done=lambda locked: _("Locked: no new replies.") if locked else _("Open for replies."),
        redirect_to=_thread_url(thread),
    )


@require_POST
@login_required
def suggest(request, post_id: int):
    post = _post_or_404(request, post_id)

    def suggested(result):
        _suggestion, created = result
        if created:
            return _("Sent to the lesson's authors as a suggested improvement.")
        return _("This answer was already suggested.")

    return _act(
        request,
        lambda: services.suggest_improvement(user=request.user, post=post),
        done=suggested,
        redirect_to=_thread_url(post.thread, post),
    )


@require_POST
@login_required
def hide(request, post_id: int):
    post = _post_or_404(request, post_id)
    form = HideForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    return _act(
        request,
        lambda: services.hide_post(moderator=request.user, post=post, note=note),
        done=lambda changed: (
            _("Hidden. The author is told why.") if changed else _("It was already hidden.")
        ),
        redirect_to=_thread_url(post.thread, post),
    )


@require_POST
@login_required
def restore(request, post_id: int):
    post = _post_or_404(request, post_id)
    return _act(
        request,
        lambda: services.restore_post(moderator=request.user, post=post),
        done=lambda changed: _("Shown again.") if changed else _("It was already shown."),
        redirect_to=_thread_url(post.thread, post),
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, post_id: int):
    post = _post_or_404(request, post_id)
    if not can(request.user, "discussion.edit", post):
        raise PermissionDenied
    thread = post.thread
    initial = {"body": post.body, "title": thread.title}
    form = EditForm(request.POST or None, initial=initial, with_title=post.is_opening)
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(editor=request.user, post=post, **form.cleaned_data)
        except services.DiscussionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Saved."))
            return redirect(_thread_url(thread, post))
    return _form_page(
        request,
        form=form,
        thread=thread,
        heading=_("Edit post"),
        note=_("Moderators can see earlier versions."),
        submit_label=_("Save"),
        cancel_url=_thread_url(thread, post),
    )


@login_required
def history(request, post_id: int):
    post = _post_or_404(request, post_id)
    if not can(request.user, "discussion.moderate", post.thread):
        raise PermissionDenied
    return render(
        request,
        "community/history.html",
        {"post": post, "thread": post.thread, "revisions": selectors.history_of(post)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def move(request, thread_id: int):
    thread = selectors.thread_or_404(thread_id=thread_id, viewer=request.user)
    if not can(request.user, "discussion.moderate", thread):
        raise PermissionDenied
    form = MoveForm(request.POST or None, initial={"page": thread.page_id})
    if request.method == "POST" and form.is_valid():
        try:
            services.move_thread(user=request.user, thread=thread, **form.cleaned_data)
        except services.DiscussionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Moved."))
            return redirect(_thread_url(thread))
    return _form_page(
        request,
        form=form,
        thread=thread,
        heading=_("Move thread"),
        submit_label=_("Move"),
        cancel_url=_thread_url(thread),
    )


def _form_page(request, *, form, **context):
    return render(
        request,
        "community/form_page.html",
        {"form": form, **context},
        status=400 if form.errors else 200,
    )
