"""Curators' screens in the Wagtail admin: nominations to decide, and roles by hand."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import services
from .forms import DecisionForm, RoleForm
from .models import Nomination, RoleChange
from .permissions import can
from .roles import Role
from .selectors import ladder as ladder_selectors


def nominations(request):
    if not can(request.user, "nomination.decide", None):
        raise PermissionDenied
    return render(
        request,
        "peers/admin/nominations.html",
        {
            "pending": ladder_selectors.pending_nominations(),
            "decided": Nomination.objects.exclude(status=Nomination.Status.PENDING)
            .select_related("nominee", "topic", "nominated_by", "decided_by")
            .order_by("-decided_at")[:20],
            "form": DecisionForm(),
        },
    )


@require_POST
def decide_nomination(request, pk):
    nomination = get_object_or_404(Nomination, pk=pk)
    if not can(request.user, "nomination.decide", nomination):
        raise PermissionDenied
    form = DecisionForm(request.POST)
    confirm = request.POST.get("decision") == "confirm"
    if form.is_valid():
        try:
            services.decide_nomination(
                curator=request.user,
                nomination=nomination,
                confirm=confirm,
                note=form.cleaned_data["note"],
            )
        except services.LadderError as error:
            messages.error(request, str(error))
        else:
            template = (
                _("%(member)s is now peer teacher in %(topic)s.")
                if confirm
                else _("Nomination of %(member)s for %(topic)s declined.")
            )
            messages.success(
                request,
                template
                % {"member": nomination.nominee.get_username(), "topic": nomination.topic.name},
            )
    return redirect("peers_nominations")


@require_http_methods(["GET", "POST"])
def roles(request):
    """Grant or revoke a role by hand, and the latest role changes of the community."""
    if not any(can(request.user, "roles.grant", role) for role in Role):
        raise PermissionDenied
    # The console links here with the member, role and topic filled in (?username=...).
    prefill = {key: request.GET[key] for key in ("username", "role", "topic") if key in request.GET}
    form = RoleForm(request.POST or None, initial=prefill)
    if request.method == "POST" and form.is_valid():
        role = Role(form.cleaned_data["role"])
        if not can(request.user, "roles.grant", role):
            raise PermissionDenied
        operation = services.grant_role if "grant" in request.POST else services.revoke_role
        try:
            operation(
                user=form.cleaned_data["username"],
                role=role,
                topic=form.cleaned_data["topic"],
                by=request.user,
                note=form.cleaned_data["note"],
            )
        except services.LadderError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Saved. The member is told by email."))
            return redirect("peers_roles")
    return render(
        request,
        "peers/admin/roles.html",
        {
            "form": form,
            "changes": RoleChange.objects.select_related("user", "topic", "actor")[:50],
        },
    )
