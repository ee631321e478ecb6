"""The member's notifications: the list, opening one, marking all read, email settings, and
the one-click unsubscribe that emails link to."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from academy.peers.permissions import get_for_user_or_404

from . import links, selectors, services, unsubscribe
from .forms import DeliveryForm
from .kinds import SPECS, Kind

PER_PAGE = 20


@login_required
@require_GET
def notification_list(request):
    """Newest first, unread ones marked; the texts render in the reader's language."""
    page = Paginator(selectors.inbox(user=request.user), PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "notifications/list.html",
        {
            "page_obj": page,
            "notifications": page.object_list,
            "unread_count": selectors.unread_count_for(request),
        },
    )


@login_required
@require_GET
def open_notification(request, pk: int):
    """Mark it read and go where it leads: only ever to a page of this site."""
    notification = get_for_user_or_404(
        request.user, "notification.open", selectors.inbox(user=request.user), pk=pk
    )
    services.mark_read(notification=notification)
    return redirect(links.target(notification.url, get_language()))


@login_required
@require_POST
def mark_all_read(request):
    count = services.mark_all_read(user=request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "%(count)d notification marked read.",
                "%(count)d notifications marked read.",
                count,
            )
            % {"count": count},
        )
    return redirect("notifications:list")


@login_required
@require_http_methods(["GET", "POST"])
def delivery_settings(request):
    """One row per kind: email for each, the daily digest, or in the academy only."""
    deliveries = selectors.deliveries_for(user=request.user)
    form = DeliveryForm(request.POST or None, deliveries=deliveries)
    if request.method == "POST" and form.is_valid():
        services.set_deliveries(user=request.user, deliveries=form.cleaned_data)
        messages.success(request, _("Your email settings are saved."))
        return redirect("notifications:settings")
    status = 400 if request.method == "POST" else 200
    return render(request, "notifications/settings.html", {"form": form}, status=status)


# The signature is the credential: mail clients POST to the link without a session or a CSRF
# token (RFC 8058), and a member may open it signed out or signed in as someone else.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe_link(request, token: str):
    """GET asks to confirm (mail scanners follow links, so a GET changes nothing); POST stops
    the emails and says so."""
    try:
        wanted = unsubscribe.read(token)
    except unsubscribe.InvalidLink as error:
        return render(
            request,
            "notifications/unsubscribe_invalid.html",
            {"expired": error.expired, "max_age_days": unsubscribe.MAX_AGE.days},
            status=410 if error.expired else 400,
        )
    member = get_user_model().objects.filter(pk=wanted.user_id).first()
    if member is None:
        return render(
            request,
            "notifications/unsubscribe_invalid.html",
            {"expired": False, "max_age_days": unsubscribe.MAX_AGE.days},
            status=400,
        )
    context = {
        "digest": wanted.is_digest,
        "kind_label": None if wanted.is_digest else SPECS[Kind(wanted.what)].label,
        "settings_url": reverse("notifications:settings"),
    }
    if request.method == "POST":
        stopped = services.stop_emails(user=member, what=wanted.what)
        return render(
            request,
            "notifications/unsubscribe_done.html",
            {**context, "stopped": [SPECS[kind].label for kind in stopped]},
        )
    return render(request, "notifications/unsubscribe.html", context)
