"""Wagtail's API v2 at /api/v2/ (pages, images, documents), limited to what the public sees."""

from functools import cached_property

from django.core.exceptions import FieldDoesNotExist
from django.db.models import ForeignKey

from modelcluster.fields import ParentalManyToManyField
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Site

from rest_framework.filters import BaseFilterBackend

from aanbod.visibility import public_pages
from search.query import clean_query, matching_page_ids


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


def related_api_fields(model) -> tuple[list[str], list[str]]:
    """A page model's relation API fields: (foreign keys to join, many-to-many to prefetch)."""
    joined, prefetched = [], []
    for api_field in getattr(model, "api_fields", []):
        try:
            field = model._meta.get_field(api_field.name)
        except FieldDoesNotExist:  # a property or method, not a model field
            continue
        if isinstance(field, ParentalManyToManyField):
            prefetched.append(api_field.name)
        elif isinstance(field, ForeignKey):
            joined.append(api_field.name)
    return joined, prefetched


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, narrowed by the rollout and marketplace rules."""

    # ?search= goes through the portal search (search.query), like the site search.
    filter_backends = portal_filter_backends(PagesAPIViewSet.filter_backends)

    @cached_property
    def _public_pages(self):
        return public_pages(super().get_base_queryset())

    def get_base_queryset(self):
        """Only pages the public site shows (hidden wijken, expired items out); once a request."""
        return self._public_pages

    def get_queryset(self):
        """Locales joined; with one ``type``, its related API fields joined or prefetched."""
        queryset = super().get_queryset()
        joined, prefetched = related_api_fields(queryset.model)
        return queryset.select_related("locale", *joined).prefetch_related(*prefetched)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
