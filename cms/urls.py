"""URLs: admin and APIs outside the language prefix; the public site under i18n patterns."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, register_converter
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView, TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from aanbod.agenda import feeds as aanbod_feeds
from aanbod.agenda import views as aanbod_views
from aanbod.marketplace import views as marketplace_views
from aanbod.widget import views as widget
from home import favicon, readability_panel
from home import views as home_views
from search import views as search_views
from wijken import views as wijken_views
from wijken.feeds import OntwikkelingenAtomFeed, OntwikkelingenFeed

from . import health
from .api.hsds import api as hsds_api
from .api.portal import api as portal_api
from .api.v2 import api_router
from .sitemaps import PublicSitemap


class PageIdConverter:
    """A page id in a feed URL: 1-9 digits, so it always fits the database's integer."""

    regex = "[0-9]{1,9}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(PageIdConverter, "page_id")

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),  # resilience: the load balancer's check
    # Before Wagtail's admin, so that a refusal is JSON (the check does its own admin check).
    path("admin/leesbaarheid/", readability_panel.check_text, name="readability_check"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path(
        "agenda/activiteit/<int:page_id>.ics",
        aanbod_views.activity_calendar,
        name="activity_ics",
    ),
    path("api/v1/", portal_api.urls),
    path("api/hsds/", hsds_api.urls),
    path("feeds/wijk/<page_id:wijk_id>.ics", aanbod_feeds.wijk_feed, name="wijk_ical_feed"),
    path(
        "feeds/gemeente/<page_id:gemeente_id>.ics",
        aanbod_feeds.gemeente_feed,
        name="gemeente_ical_feed",
    ),
    path(
        "feeds/organisatie/<page_id:organisation_id>.ics",
        aanbod_feeds.organisation_feed,
        name="organisation_ical_feed",
    ),
    path(
        "feeds/gemeente/<page_id:gemeente_id>/ontwikkelingen.rss",
        OntwikkelingenFeed(),
        name="ontwikkelingen_rss",
    ),
    path(
        "feeds/gemeente/<page_id:gemeente_id>/ontwikkelingen.atom",
        OntwikkelingenAtomFeed(),
        name="ontwikkelingen_atom",
    ),
    path("widget/", RedirectView.as_view(pattern_name="widget_embed"), name="widget_index"),
    path("widget/wijk.js", widget.widget_script, name="widget_script"),
    path("widget/wijk/<str:wijk_id>.json", widget.wijk_json, name="widget_json"),
    path("widget/wijk/<str:wijk_id>/", widget.wijk_frame, name="widget_frame"),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": PublicSitemap}}, name="sitemap"),
    path("huisstijl.css", home_views.branding_css, name="branding_css"),
    path("favicon.ico", favicon.favicon_ico, name="favicon_ico"),
    path("favicon.svg", favicon.favicon_svg, name="favicon_svg"),
    path(
        "vraag-en-aanbod/afmelden/<str:token>/",
        marketplace_views.unsubscribe,
        name="aanbod_unsubscribe",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("zoeken/"), search_views.search, name="search"),
    path(_("vind-je-wijk/"), wijken_views.find_wijk, name="find_wijk"),
    path(_("zoeken/suggesties/"), search_views.suggestions, name="search_suggestions"),
    path(_("agenda-op-je-site/"), widget.embed_page, name="widget_embed"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# resilience: the database away is a 503 with Retry-After (JSON on the APIs), not a 500.
handler500 = "cms.resilience.server_error"
