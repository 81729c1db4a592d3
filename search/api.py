"""The portal search for APIs: Wagtail API v2 ``?search=`` answers through ``search_portal``."""

from wagtail.api.v2.filters import SearchFilter
from wagtail.models import Site

from rest_framework.filters import BaseFilterBackend

from .query import clean_query, matching_page_ids


class PortalSearchFilter(BaseFilterBackend):
    """Wagtail's ``?search=`` answered by the portal search: the API finds what the site does."""

    def filter_queryset(self, request, queryset, view):
        """Keep only the pages the portal search finds for ``?search=`` (no 500 on odd input)."""
        if "search" not in request.GET:
            return queryset
        query = clean_query(request.GET.get("search", ""))
        if not query:
            return queryset.none()
        site = Site.find_for_request(request)
        return queryset.filter(pk__in=matching_page_ids(site, query))


def portal_filter_backends(backends: list) -> list:
    """A viewset's filter backends with Wagtail's search filter swapped for the portal one."""
    return [b for b in backends if b is not SearchFilter] + [PortalSearchFilter]
