"""Members report content to the moderators: practice reports, other members' bios."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import services
from ..flaggable import KINDS
from ..forms import FlagForm
from ..permissions import get_for_user_or_404


@login_required
@require_http_methods(["GET", "POST"])
def report(request, kind: str, pk: int):
    """The report form (also shown inline where the content is), and sending it."""
    if kind not in KINDS:
        raise Http404
    content_kind = KINDS[kind]
    content = get_for_user_or_404(request.user, "content.flag", content_kind.queryset(), pk=pk)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _flag, created = services.flag_content(
                reporter=request.user, content=content, **form.cleaned_data
            )
        except services.ModerationError as error:
            messages.error(request, str(error))
        else:
            if created:
                messages.success(request, _("Thank you, moderators will look at it."))
            else:
                messages.info(request, _("You already reported this."))
        return redirect(content_kind.url(content))
    return render(
        request,
        "peers/report.html",
        {
            "form": form,
            "kind": content_kind,
            "content": content,
            "text": content_kind.text(content),
            "back_url": content_kind.url(content),
        },
        status=400 if form.is_bound else 200,
    )
