"""The region a request is for: the Wagtail Site its host name serves, and its part of the tree.

Every listing, feed, widget, search and API endpoint narrows what it shows to a region here,
so one region's portal never shows another region's pages.
"""

from django.db.models import QuerySet
from django.http import HttpRequest

from wagtail.models import Page, Site


def request_site(request: HttpRequest) -> Site | None:
    """The region (Wagtail Site) the request's host name is for; None when none serves it."""
    return Site.find_for_request(request)


def region_root(request: HttpRequest) -> Page | None:
    """The root page of the region the request is for; None when none serves it."""
    site = request_site(request)
    return site.root_page if site is not None else None


def in_site_region(queryset: QuerySet, site: Site | None) -> QuerySet:
    """Narrow a page queryset to a region's root page and all below it (all, without a Site)."""
    return queryset if site is None else queryset.filter(path__startswith=site.root_page.path)


def in_request_region(queryset: QuerySet, request: HttpRequest) -> QuerySet:
    """Narrow a page queryset to the region the request is for (all, when no Site serves it)."""
    return in_site_region(queryset, request_site(request))
