"""Every route the URL resolver knows, and a concrete path for each that names an object of
the security academy (`academy.py`)."""

import re
from dataclasses import dataclass

from django.urls import URLResolver, get_resolver

# The Wagtail catch-all that serves pages: its rows are one page of each type (see matrix.py).
PAGE_SERVE_ROUTE = r"^((?:[\w\-]+/)*)$"

# Routes that get no row, each with the reason. The coverage test fails for any other route
# without a row, so a new view cannot go unchecked.
EXCLUDED = {
    # A test hook of Wagtail's admin that renders its 404 template; there is nothing to guard.
    "admin/test404/": "Wagtail's own 404 preview, static",
    # Wagtail's internal endpoints for a password-protected page or document form; the academy
    # uses view restrictions by login only, and the rows for pages and documents cover serving.
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": (
        "password restrictions are not used by the academy"
    ),
    "documents/authenticate_with_password/<int:restriction_id>/": (
        "password restrictions are not used by the academy"
    ),
}


@dataclass(frozen=True)
class Route:
    route: str  # the resolver's pattern, prefixes included
    name: str | None
    module: str  # where its view lives: the project's own views also get a POST row

    @property
    def label(self) -> str:
        return self.name or "-"


def all_routes() -> list[Route]:
    """Every pattern of the resolver, includes unfolded, in the resolver's order."""
    found: dict[str, Route] = {}

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                route = prefix + str(pattern.pattern)
                name = f"{namespace}{pattern.name}" if pattern.name else None
                found.setdefault(route, Route(route, name, pattern.callback.__module__))

    walk(get_resolver().url_patterns, "", "")
    return list(found.values())


def _pk_key(name: str) -> str:
    """What `pk` means depends on the view: the first prefix of the name that matches."""
    for prefix, key in PK_BY_VIEW:
        if name.startswith(prefix):
            return key
    raise LookupError(f"No object for <pk> of {name!r}: add it to PK_BY_VIEW.")


PK_BY_VIEW = [
    ("wagtailadmin_api:documents", "document"),
    ("wagtailadmin_api:images", "image"),
    ("wagtailadmin_api:pages", "course_page"),
    ("wagtailadmin_pages:", "course_page"),
    ("wagtailadmin_collections", "collection"),
    ("wagtailadmin_workflows:edit_task", "task"),
    ("wagtailadmin_workflows:disable_task", "task"),
    ("wagtailadmin_workflows:enable_task", "task"),
    ("wagtailadmin_workflows", "workflow"),
    ("wagtailsnippets_courses_topic", "topic"),
    ("wagtailsnippetchoosers_courses_topic", "topic"),
    ("wagtailsnippets_peers_badge", "badge_pk"),
    ("wagtailsnippetchoosers_peers_badge", "badge_pk"),
    ("wagtailsnippets_catalogue_search_synonym", "synonym"),
    ("wagtailsnippetchoosers_catalogue_search_synonym", "synonym"),
    ("wagtailsites", "site"),
    ("wagtailsettings", "site"),
    ("wagtailusers_users", "learner_user"),
    ("wagtailusers_groups", "group"),
    ("wagtaildocs_chooser", "document"),
    ("wagtailimages_chooser", "image"),
    ("peers_decide_nomination", "nomination"),
    ("peers_moderation_lift", "suspension"),
    ("community_decide_suggestion", "suggestion"),
    ("experiments_", "experiment"),
    ("search_answer_request", "content_request"),
    ("search:vote", "content_request"),
    ("notifications:open", "notification"),
    ("peers:buddy_", "buddy"),
    ("peers:report", "report"),
]

# Arguments by name; a value is a key of `Academy.ids` or, quoted as "=value", a literal.
# Ids that match nothing ("=999999") stand for objects the academy has no use for.
ARGUMENTS = {
    "page_id": "course_page",
    "parent_page_id": "course_page",
    "page_to_move_id": "course_page",
    "page_pk": "course_page",
    "destination_id": "catalogue_page",
    "revision_id": "revision",
    "revision_id_a": "=earliest",
    "revision_id_b": "=latest",
    "action_name": "=approve",
    "task_state_id": "=999999",
    "workflow_state_id": "=999999",
    "task_id": "task",
    "workflow_pk": "workflow",
    "image_id": "image",
    "document_id": "document",
    "doc_id": "document",
    "uploaded_file_id": "=999999",
    "collection_id": "collection",
    "filter_spec": "=original",
    "query_id": "=999999",
    "redirect_id": "=999999",
    "uidb64": "=MQ",
    "uidb36": "=1",
    "key": "=unknown-key",
    "content_type_id": "flagged_type",
    "object_id": "report",
    "user_id": "subject",
    "slug": "badge",
    "uid": "assertion",
    "code": "=unknown-code",
    "kind": "=practice_report",
    "topic_id": "topic",
    "course_id": "course_page",
    "lesson_id": "lesson_page",
    "session_id": "live_session_page",
    "post_id": "post",
    "thread_id": "thread",
    "question_id": "question",
    "token": "=unknown-token",
    "username": "learner_username",
    "content_type_app_name": "=courses",
    "content_type_model_name": "=lessonpage",
    "app_label": "=courses",
    "model_name": "=coursepage",
    "app_name": "=cms",
    "action": "=delete",
}

# Where the argument's meaning differs for one view: (view name, argument) -> value.
ARGUMENTS_BY_VIEW = {
    ("live:feed", "token"): "feed_token",
    ("notifications:unsubscribe", "token"): "unsubscribe_token",
    ("peers:buddy_offer", "username"): "peer_teacher_username",
    ("peers:welcome", "username"): "newcomer_username",
    ("wagtailadmin_choose_page_child", "parent_page_id"): "catalogue_page",
    ("wagtailadmin_explore", "parent_page_id"): "catalogue_page",
    ("wagtailadmin_explore_results", "parent_page_id"): "catalogue_page",
    ("wagtail_bulk_action", "app_label"): "=wagtailcore",
    ("wagtail_bulk_action", "model_name"): "=page",
    ("wagtailadmin_workflows:add_task", "app_label"): "=wagtailcore",
    ("wagtailadmin_workflows:add_task", "model_name"): "=groupapprovaltask",
    ("wagtailadmin_tag_model_autocomplete", "app_name"): "=taggit",
    ("wagtailadmin_tag_model_autocomplete", "model_name"): "=tag",
    ("wagtailsettings:edit", "model_name"): "=sitesettings",
    ("wagtailsettings:preview_on_edit", "model_name"): "=sitesettings",
    ("wagtailadmin_editing_sessions:ping", "app_label"): "=wagtailcore",
    ("wagtailadmin_editing_sessions:ping", "model_name"): "=page",
    ("wagtailadmin_editing_sessions:ping", "object_id"): "course_page",
    ("wagtailadmin_editing_sessions:ping", "session_id"): "=999999",
    ("wagtailadmin_editing_sessions:release", "session_id"): "=999999",
    ("wagtailadmin_password_reset_confirm", "token"): "=set-password",
}

# Routes with unnamed groups, which no argument name can fill: the whole path instead.
PATHS_BY_ROUTE = {
    r"documents/^(\d+)/(.*)$": "/documents/{document}/{document_file}",
    # The admin's catch-all, which answers any address under /admin/ that nothing else serves.
    "admin/^.*/$": "/admin/no-such-view/",
}

_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)")


def concrete_path(route: Route, ids: dict) -> str:
    """The route with each argument filled in, as a path from the site root."""
    if route.route in PATHS_BY_ROUTE:
        return PATHS_BY_ROUTE[route.route].format(**ids)

    def value(match) -> str:
        argument = match.group(1) or match.group(2)
        if argument == "pk":
            source = _pk_key(route.name or "")
        else:
            source = ARGUMENTS_BY_VIEW.get((route.name, argument), ARGUMENTS[argument])
        return source[1:] if source.startswith("=") else str(ids[source])

    path = _PARAMETER.sub(value, route.route)
    return "/" + path.replace("^", "").replace("$", "").replace("\\", "")
