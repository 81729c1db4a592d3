"""sitemap.xml: the region's pages the stored visibility says the public may see.

Every location follows the one link rule of ``home.links`` (sitemaps.org requires the sitemap's
own host: the configured site in production, the served host in development).
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from aanbod.visibility import public_pages
from home.links import absolute_url


class PublicSitemap(Sitemap):
    """Wagtail's sitemap narrowed in one query to the public pages (no check per page)."""

    def items(self):
        """The region's pages the public may see, in tree order."""
        return public_pages(super().items())

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list.iterator():
            for url_info in Page.get_sitemap_urls(item, self.request):
                url_info["location"] = absolute_url(url_info["location"], self.request)
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
