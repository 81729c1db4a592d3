"""API routers: Wagtail's API v2 (pages, images, documents), limited to what the public sees."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from aanbod.visibility import public_pages
from search.api import portal_filter_backends


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, narrowed by the rollout and marketplace rules."""

    # ?search= goes through the portal search (search.query), like the site search.
    filter_backends = portal_filter_backends(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        """Only pages the public site shows (hidden wijken, expired items left out)."""
        return public_pages(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
