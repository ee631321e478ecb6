from django.core.paginator import Paginator
from django.utils.translation import gettext as _

from .errors import ApiError


def paginate(items, *, page: int, page_size: int) -> tuple[dict, list]:
    """The page's envelope and its items; a page past the last one is a 404."""
    paginator = Paginator(items, page_size)
    if page > paginator.num_pages:
        raise ApiError(
            status=404, code="page_not_found", message=_("There is no page with this number.")
        )
    envelope = {
        "count": paginator.count,
        "page": page,
        "page_size": page_size,
        "num_pages": paginator.num_pages,
    }
    return envelope, list(paginator.page(page).object_list)
