"""What data migrations share: placing a page below the home page with the historical models
(which have no tree methods), and granting group permissions."""

from django.utils import timezone

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def next_child_path(Page, parent) -> str:
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .first()
    )
    if last is None:
        return parent.path + "0001"
    number = 0
    for char in last.path[-STEPLEN:]:
        number = number * len(ALPHABET) + ALPHABET.index(char)
    number += 1
    step = ""
    for _ in range(STEPLEN):
        number, digit = divmod(number, len(ALPHABET))
        step = ALPHABET[digit] + step
    return parent.path[: parent.depth * STEPLEN] + step


def create_home_child(apps, *, app_label: str, model: str, title: str, slugs: list[str], **fields):
    """The one page of this model, created live below the home page if there is none yet;
    it takes the first of `slugs` that no sibling uses."""
    Model = apps.get_model(app_label, model)
    existing = Model.objects.first()
    if existing:
        return existing
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    ContentType = apps.get_model("contenttypes", "ContentType")
    home = Site.objects.get(is_default_site=True).root_page
    taken = set(
        Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).values_list(
            "slug", flat=True
        )
    )
    slug = next((slug for slug in slugs if slug not in taken), slugs[-1])
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model.lower())
    page = Model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=next_child_path(Page, home),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}{slug}/",
        locale_id=home.locale_id,
        live=True,
        show_in_menus=True,
        first_published_at=timezone.now(),
        last_published_at=timezone.now(),
        **fields,
    )
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)
    return page


def permission(apps, app_label, model, codename):
    """Django creates model permissions after all migrations ran: create the ones needed now."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": "Can " + codename.replace("_", " ")},
    )
    return found


def grant_page_permissions(apps, group, page, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page_id=page.pk,
            permission=permission(apps, "wagtailcore", "page", codename),
        )
