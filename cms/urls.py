"""URLs: admin and APIs outside the language prefix; the public site under i18n patterns."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from aanbod import marketplace_views
from aanbod import views as aanbod_views
from search import views as search_views

from .api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path(
        "agenda/activiteit/<int:page_id>.ics",
        aanbod_views.activity_calendar,
        name="activity_ics",
    ),
    path("sitemap.xml", sitemap, name="sitemap"),
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
    path(_("zoeken/suggesties/"), search_views.suggestions, name="search_suggestions"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
