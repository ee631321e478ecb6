from django.core.paginator import Paginator

from .. import selectors
from ..forms import SessionFilterForm

SESSIONS_PER_PAGE = 12


def sessions_index_context(request, *, index_page) -> dict:
    form = SessionFilterForm(request.GET)
    filters = form.cleaned_or_empty()
    showing_past = request.GET.get("when") == "past"
    sessions = (selectors.past if showing_past else selectors.upcoming)(**filters)
    return {
        "filter_form": form,
        "filtered": bool(filters),
        "showing_past": showing_past,
        "sessions": Paginator(sessions, SESSIONS_PER_PAGE).get_page(request.GET.get("page")),
    }
