from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from academy.operations import views as operations
from academy.peers.urls import openbadges_urlpatterns

urlpatterns = [
    # For the proxy, the orchestrator and Prometheus; production exempts them from the HTTPS
    # redirect (SECURE_REDIRECT_EXEMPT), so local probes over plain HTTP get an answer.
    path("healthz", operations.healthz, name="healthz"),
    path("readyz", operations.readyz, name="readyz"),
    path("metrics", operations.prometheus_metrics, name="metrics"),
    # One login for the whole academy: the admin's own form would bypass the login rate limit.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="admin_login_redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    # Open Badges IRIs are verified by fetching them: one address, whatever the language.
    path("openbadges/", include((openbadges_urlpatterns, "openbadges"))),
    # Read-only JSON for other sites and apps (docs/api.md): one address, whatever the language.
    path("api/v1/", include("academy.api.urls")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("people/", include("academy.peers.urls")),
    path("learning/", include("academy.courses.urls")),
    path("live/", include("academy.live.urls")),
    path("notifications/", include("academy.notifications.urls")),
    path("discussions/", include("academy.community.urls")),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
