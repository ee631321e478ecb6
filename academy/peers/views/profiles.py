from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import openbadges, selectors, services
from ..forms import NominationForm, ProfileForm
from ..permissions import can
from ..selectors import badges as badge_selectors
from ..selectors import ladder as ladder_selectors
from ..selectors import moderation as moderation_selectors


def profile_detail(request, username):
    member = selectors.get_active_member_or_404(username=username)
    profile = selectors.profile_for(user=member)
    is_own = request.user == member
    return render(
        request,
        "peers/profile_detail.html",
        {
            "member": member,
            "profile": profile,
            "roles": selectors.held_roles_of(user=member),
            "path": ladder_selectors.path_of(user=member, history_limit=0) if is_own else None,
            "reputation": selectors.reputation_of(user=member),
            "teaching": selectors.teaching_of(user=member),
            "learning": selectors.learning_of(user=member)
            if is_own or not profile.hide_progress
            else None,
            "is_own": is_own,
            "badges": _badges(member, share=is_own),
            "bio_removed": moderation_selectors.is_removed(profile),
            "nomination_form": _nomination_form(request.user, member),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = selectors.profile_for(user=request.user)
    if not can(request.user, "profile.edit", profile):
        raise PermissionDenied
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        services.update_profile(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your profile is saved."))
        return redirect("peers:profile", username=request.user.get_username())
    return render(request, "peers/profile_form.html", {"form": form})


def _badges(member, *, share: bool):
    held = badge_selectors.badges_of(user=member)
    if share:  # members share their own awards, by the address verifiers fetch
        for item in held:
            item.share_url = openbadges.iri("openbadges:assertion", item.award.uid)
    return held


def _nomination_form(viewer, member):
    """Mentors see a nomination form on the profiles of members they could nominate."""
    if not viewer.is_authenticated or viewer == member:
        return None
    topics = ladder_selectors.nominable_topics(mentor=viewer, member=member)
    return NominationForm(topics=topics) if topics.exists() else None
