from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from academy.courses.models import CatalogueIndexPage, Topic

from .. import ladder, selectors, services
from ..forms import NominationForm
from ..selectors import ladder as ladder_selectors


@login_required
@require_GET
def my_path(request):
    """Where the member stands on every level, what the next one needs, and their history."""
    chosen = Topic.objects.filter(slug=request.GET.get("topic", "")).first()
    return render(
        request,
        "peers/path.html",
        {
            "path": ladder_selectors.path_of(user=request.user, extra_topic=chosen),
            "all_topics": Topic.objects.order_by("name"),
            "chosen_topic": chosen,
            "grace_days": ladder.grace_days(),
            "recent_days": ladder.recent_days(),
            "catalogue": CatalogueIndexPage.objects.live().first(),
        },
    )


@login_required
@require_POST
def nominate(request, username):
    member = selectors.get_active_member_or_404(username=username)
    form = NominationForm(
        request.POST, topics=ladder_selectors.nominable_topics(mentor=request.user, member=member)
    )
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("peers:profile", username=username)
    try:
        services.nominate(
            mentor=request.user,
            nominee=member,
            topic=form.cleaned_data["topic"],
            reason=form.cleaned_data["reason"],
        )
    except services.LadderError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Thank you. A curator will look at your nomination of %(member)s.")
            % {"member": username},
        )
    return redirect("peers:profile", username=username)
