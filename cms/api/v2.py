"""Wagtail's API v2 at /api/v2/ (pages, images, documents), limited to what the public sees."""

from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import BigIntegerField, CharField, ForeignKey, QuerySet
from django.db.models.functions import Cast
from django.http import HttpRequest

from modelcluster.fields import ParentalManyToManyField
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex, Site

from rest_framework.filters import BaseFilterBackend

from aanbod.visibility import public_pages
from home.images import API_SPECS, image_prefetch
from home.regions import in_request_region
from search.query import clean_query, matching_page_ids

MAX_OFFSET = 1_000_000  # as the portal API: past this a list is a 400, not a database error


class BoundedPagination(WagtailPagination):
    """Wagtail's offset/limit paging with an upper bound on ``offset`` (no ``bigint`` overflow)."""

    def paginate_queryset(self, queryset, request, view=None):
        """Refuse an offset above ``MAX_OFFSET`` with a 400 before the database sees it."""
        offset = request.GET.get("offset", "0").strip()
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


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


def related_api_fields(model) -> tuple[list[str], list]:
    """A page model's relation API fields: (foreign keys to join, many-to-many and images to
    prefetch; an image with the renditions the API shows)."""
    joined, prefetched = [], []
    for api_field in getattr(model, "api_fields", []):
        try:
            field = model._meta.get_field(api_field.name)
        except FieldDoesNotExist:  # a property or method, not a model field
            continue
        if isinstance(field, ParentalManyToManyField):
            prefetched.append(api_field.name)
        elif isinstance(field, ForeignKey) and field.related_model is get_image_model():
            prefetched.append(image_prefetch(api_field.name, API_SPECS))
        elif isinstance(field, ForeignKey):
            joined.append(api_field.name)
    return joined, prefetched


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, narrowed by the rollout and marketplace rules."""

    pagination_class = BoundedPagination

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


def used_on_public_pages(queryset: QuerySet, request: HttpRequest) -> QuerySet:
    """The images or documents that a page the public sees in this region refers to.

    Wagtail's reference index records what each page's live content uses (foreign keys,
    StreamField blocks, rich text); a file used only by a draft, a private page, a hidden
    wijk's page or by nothing at all is left out.
    """
    pages = in_request_region(public_pages(Page.objects.all()), request)
    used = (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=pages.annotate(key=Cast("pk", CharField())).values("key"),
            to_content_type=ContentType.objects.get_for_model(queryset.model),
        )
        .annotate(file_id=Cast("to_object_id", BigIntegerField()))
        .values("file_id")
    )
    return queryset.filter(pk__in=used)


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    """Wagtail's images endpoint, limited to images used on public pages of the region."""

    pagination_class = BoundedPagination

    def get_queryset(self):
        """Only images a public page of this region shows; any other id is a 404."""
        return used_on_public_pages(super().get_queryset(), self.request)


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    """Wagtail's documents endpoint, limited to documents linked from public pages."""

    pagination_class = BoundedPagination

    def get_queryset(self):
        """Only documents a public page of this region links to; any other id is a 404."""
        return used_on_public_pages(super().get_queryset(), self.request)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
