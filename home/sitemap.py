"""The sitemap: Wagtail's, with every location on the host the one link rule names.

sitemaps.org requires a sitemap's URLs on the sitemap's own host: in production that is the
configured site, in development the host and port the page was served on (``home.links``).
"""

from wagtail.contrib.sitemaps import Sitemap

from home.links import absolute_url


class PortalSitemap(Sitemap):
    """Wagtail's sitemap of the request's site, its locations by the one link rule."""

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = absolute_url(url["location"], self.request)
        return urls
