from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Live pages directly below the site root that editors put in menus."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return site.root_page.get_children().live().in_menu().public().specific(defer=True)


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in each interface language. Plain links, not a form: a page carries
    no CSRF token for them, so the same page can be cached for every visitor (decision 42)."""
    path, current = context["request"].get_full_path(), get_language()
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]
