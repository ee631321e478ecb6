"""The moderators' queue in the Wagtail admin: reported content, newcomers nobody has
welcomed yet, and active suspensions. Every decision goes through the services."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .. import services
from ..forms import RemoveContentForm, SuspendForm
from ..models import Suspension
from ..permissions import can
from ..selectors import moderation as moderation_selectors
from .community import handle_welcome, member_to_welcome

NEWCOMERS_PER_PAGE = 20


def _check_queue(user) -> None:
    if not can(user, "moderation.queue"):
        raise PermissionDenied


def _render_queue(request, *, bound_suspensions=None, status=200):
    bound_suspensions = bound_suspensions or {}
    groups = moderation_selectors.open_flag_groups()
    for group in groups:
        author = group.author
        group.can_suspend = author is not None and can(request.user, "member.suspend", author)
        if group.can_suspend:
            group.suspend_form = bound_suspensions.get(author.pk) or SuspendForm(
                auto_id=f"id_suspend_{group.content_type.pk}_{group.object_id}_%s"
            )
    newcomers = Paginator(moderation_selectors.newcomers_to_welcome(), NEWCOMERS_PER_PAGE)
    suspensions = list(moderation_selectors.active_suspensions())
    return render(
        request,
        "peers/admin/moderation.html",
        {
            "groups": groups,
            "held": moderation_selectors.held_items(),
            "newcomers": newcomers.get_page(request.GET.get("page")),
            "newcomer_count": newcomers.count,
            "suspensions": suspensions,
            "remove_form": RemoveContentForm(),
        },
        status=status,
    )


def queue(request):
    _check_queue(request.user)
    return _render_queue(request)


def _reported(content_type_id: int, object_id: int):
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    if model is None:
        raise PermissionDenied
    return content_type, model.objects.filter(pk=object_id).first()


@require_POST
def remove(request, content_type_id: int, object_id: int):
    _content_type, content = _reported(content_type_id, object_id)
    if content is None or not can(request.user, "content.remove", content):
        raise PermissionDenied
    form = RemoveContentForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        removed = services.remove_content(moderator=request.user, content=content, note=note)
    except services.ModerationError as error:
        messages.error(request, str(error))
    else:
        if removed:
            messages.success(request, _("Removed. The author is told by email."))
        else:
            messages.info(request, _("Nothing was waiting: this was already decided."))
    return redirect("peers_moderation")


@require_POST
def approve(request, content_type_id: int, object_id: int):
    _check_queue(request.user)
    _content_type, content = _reported(content_type_id, object_id)
    if content is None:
        raise PermissionDenied
    try:
        services.release_held(moderator=request.user, content=content)
    except services.ModerationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Approved: it is shown now."))
    return redirect("peers_moderation")


@require_POST
def dismiss(request, content_type_id: int, object_id: int):
    _check_queue(request.user)
    content_type, _content = _reported(content_type_id, object_id)
    services.dismiss_flags(moderator=request.user, content_type=content_type, object_id=object_id)
    messages.success(request, _("Reports dismissed. The content stays as it is."))
    return redirect("peers_moderation")


@require_POST
def suspend(request, user_id: int):
    member = get_object_or_404(get_user_model(), pk=user_id, is_active=True)
    if not can(request.user, "member.suspend", member):
        raise PermissionDenied
    form = SuspendForm(request.POST)
    if not form.is_valid():
        return _render_queue(request, bound_suspensions={member.pk: form}, status=400)
    try:
        services.suspend(moderator=request.user, member=member, **form.cleaned_data)
    except services.LadderError as error:
        form.add_error(None, str(error))
        return _render_queue(request, bound_suspensions={member.pk: form}, status=400)
    messages.success(
        request,
        _("%(member)s is suspended for %(days)s days and is told by email.")
        % {"member": member.get_username(), "days": form.cleaned_data["days"]},
    )
    return redirect("peers_moderation")


@require_POST
def lift(request, pk: int):
    suspension = get_object_or_404(Suspension.objects.select_related("user"), pk=pk)
    if not can(request.user, "member.suspend", suspension.user):
        raise PermissionDenied
    services.lift_suspension(suspension=suspension)
    messages.success(
        request,
        _("The suspension of %(member)s is lifted.") % {"member": suspension.user.get_username()},
    )
    return redirect("peers_moderation")


@require_http_methods(["GET", "POST"])
def welcome(request, user_id: int):
    _check_queue(request.user)
    member = member_to_welcome(request, pk=user_id)
    form, sent = handle_welcome(request, member)
    if sent:
        return redirect("peers_moderation")
    return render(
        request,
        "peers/admin/welcome.html",
        {"form": form, "member": member},
        status=400 if form.is_bound else 200,
    )
