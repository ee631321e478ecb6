from wagtail import hooks

from .middleware import SERVED_PAGE


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    """The page cache keeps only pages Wagtail serves: tell it which page this is."""
    setattr(request, SERVED_PAGE, page)
