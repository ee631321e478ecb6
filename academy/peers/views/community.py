"""The community page: what a member can do for others, each part shown when `can()` allows;
its first-session buddy and welcome actions; and the ambassadors' referral link."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from academy.courses.models import Topic

from .. import referrals, selectors, services
from ..forms import BuddyMessageForm, WelcomeForm, default_welcome
from ..models import BuddyRequest
from ..permissions import can, get_for_user_or_404
from ..selectors import community as community_selectors
from ..selectors import moderation as moderation_selectors

NEWCOMERS_SHOWN = 10


def _message_form(prefix: str, bound: dict) -> BuddyMessageForm:
    return bound.get(prefix) or BuddyMessageForm(prefix=prefix)


def _teacher_panel(user, bound: dict) -> dict | None:
    if not can(user, "buddy.request"):
        return None
    requests = list(community_selectors.requests_of(teacher=user))
    live = {item.topic_id: item for item in requests if item.status in community_selectors.LIVE}
    topics = [
        {
            "topic": topic,
            "live": live.get(topic.pk),
            "form": _message_form(f"request-{topic.pk}", bound),
        }
        for topic in community_selectors.taught_topics(teacher=user)
        if can(user, "buddy.request", topic)
    ]
    return {"topics": topics, "history": [item for item in requests if item not in live.values()]}


def _mentor_panel(user, bound: dict) -> dict | None:
    if not can(user, "buddy.offer"):
        return None
    return {
        "open_requests": list(community_selectors.open_requests_for(mentor=user)),
        "new_teachers": [
            {"standing": standing, "form": _message_form(_offer_prefix(standing), bound)}
            for standing in community_selectors.new_teachers_for(mentor=user)
        ],
        "offers": list(community_selectors.offers_of(mentor=user)[:20]),
    }


def _offer_prefix(standing) -> str:
    return f"offer-{standing.topic_id}-{standing.user_id}"


def _ambassador_panel(request) -> dict | None:
    if not can(request.user, "referral.share"):
        return None
    code = referrals.code_for(request.user)
    return {
        "link": request.build_absolute_uri(reverse("peers:join", args=[code])),
        **community_selectors.referral_counts(referrer=request.user),
    }


def _welcome_panel(user) -> dict | None:
    if not can(user, "member.welcome"):
        return None
    newcomers = moderation_selectors.newcomers_to_welcome().exclude(pk=user.pk)
    return {"newcomers": list(newcomers[:NEWCOMERS_SHOWN]), "total": newcomers.count()}


def _render_community(request, *, bound=None, status=200):
    bound = bound or {}
    panels = {
        "teacher": _teacher_panel(request.user, bound),
        "mentor": _mentor_panel(request.user, bound),
        "ambassador": _ambassador_panel(request),
        "welcome": _welcome_panel(request.user),
    }
    return render(
        request,
        "peers/community/community.html",
        {**panels, "has_panels": any(panel is not None for panel in panels.values())},
        status=status,
    )


@login_required
@require_GET
def community(request):
    return _render_community(request)


def _done(request, text: str):
    messages.success(request, text)
    return redirect("peers:community")


def _failed(request, error: Exception):
    messages.error(request, str(error))
    return redirect("peers:community")


@login_required
@require_POST
def buddy_request(request, topic_id: int):
    topic = get_for_user_or_404(request.user, "buddy.request", Topic.objects.all(), pk=topic_id)
    prefix = f"request-{topic.pk}"
    form = BuddyMessageForm(request.POST, prefix=prefix)
    if not form.is_valid():
        return _render_community(request, bound={prefix: form}, status=400)
    try:
        services.request_buddy(teacher=request.user, topic=topic, **form.cleaned_data)
    except services.CommunityError as error:
        return _failed(request, error)
    return _done(
        request,
        _("Your request is on its way to the mentors of %(topic)s.") % {"topic": topic.name},
    )


@login_required
@require_POST
def buddy_offer(request, topic_id: int, username: str):
    topic = get_for_user_or_404(request.user, "buddy.offer", Topic.objects.all(), pk=topic_id)
    teacher = selectors.get_active_member_or_404(username=username)
    prefix = f"offer-{topic.pk}-{teacher.pk}"
    form = BuddyMessageForm(request.POST, prefix=prefix)
    if not form.is_valid():
        return _render_community(request, bound={prefix: form}, status=400)
    try:
        services.offer_buddy(mentor=request.user, teacher=teacher, topic=topic, **form.cleaned_data)
    except services.CommunityError as error:
        return _failed(request, error)
    return _done(
        request,
        _("Your offer is on its way to %(teacher)s.") % {"teacher": teacher.get_username()},
    )


def _buddy(request, action: str, pk: int) -> BuddyRequest:
    return get_for_user_or_404(
        request.user,
        action,
        BuddyRequest.objects.select_related("teacher", "mentor", "topic"),
        pk=pk,
    )


@login_required
@require_POST
def buddy_answer(request, pk: int, accept: bool):
    buddy = _buddy(request, "buddy.answer", pk)
    try:
        services.answer_buddy(user=request.user, buddy_request=buddy, accept=accept)
    except services.CommunityError as error:
        return _failed(request, error)
    if accept:
        return _done(request, _("Thank you. You are each other's first-session buddies now."))
    return _done(request, _("Declined. The mentor is told, kindly."))


@login_required
@require_POST
def buddy_withdraw(request, pk: int):
    buddy = _buddy(request, "buddy.withdraw", pk)
    try:
        services.withdraw_buddy(user=request.user, buddy_request=buddy)
    except services.CommunityError as error:
        return _failed(request, error)
    return _done(request, _("Withdrawn."))


# Welcomes ---------------------------------------------------------------------------------


def handle_welcome(request, member):
    """Show the welcome form for a newcomer, or send it. Returns (form, sent); shared by the
    community page and the moderation queue."""
    if request.method != "POST":
        return WelcomeForm(initial={"message": default_welcome(member)}), False
    form = WelcomeForm(request.POST)
    if not form.is_valid():
        return form, False
    try:
        welcome, created = services.welcome_member(
            by=request.user, member=member, message=form.cleaned_data["message"]
        )
    except services.CommunityError as error:
        form.add_error("message", str(error))
        return form, False
    if created:
        messages.success(
            request,
            _("Your welcome is on its way to %(member)s.")
            % {"member": selectors.display_name(member)},
        )
    else:
        messages.info(
            request,
            _("%(member)s was already welcomed by %(sender)s.")
            % {
                "member": selectors.display_name(member),
                "sender": welcome.welcomed_by.get_username(),
            },
        )
    return form, True


def member_to_welcome(request, **lookup):
    return get_for_user_or_404(
        request.user,
        "member.welcome",
        get_user_model().objects.filter(is_active=True).select_related("profile"),
        **lookup,
    )


@login_required
@require_http_methods(["GET", "POST"])
def welcome(request, username: str):
    member = member_to_welcome(request, username=username)
    form, sent = handle_welcome(request, member)
    if sent:
        return redirect("peers:community")
    return render(
        request,
        "peers/community/welcome.html",
        {"form": form, "member": member, "name": selectors.display_name(member)},
        status=400 if form.is_bound else 200,
    )


# Referrals --------------------------------------------------------------------------------


@require_GET
def join(request, code: str):
    """An ambassador's link: remember who invited, then on to sign-up. A code we did not
    sign, or of a member who may no longer share it, leads to sign-up all the same."""
    if request.user.is_authenticated:
        messages.info(request, _("You already have an account: welcome back."))
        return redirect("/")
    referrer_id = referrals.referrer_id_from(code)
    referrer = (
        get_user_model().objects.filter(pk=referrer_id, is_active=True).first()
        if referrer_id
        else None
    )
    if referrer is not None and can(referrer, "referral.share"):
        request.session[referrals.SESSION_KEY] = referrer.pk
        messages.info(
            request,
            _(
                "%(name)s invited you to Peer Academy. Create your account, "
                "and your first lesson is one click away."
            )
            % {"name": selectors.display_name(referrer)},
        )
    return redirect("account_signup")
