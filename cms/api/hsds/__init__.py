"""HSDS 3.0 (Open Referral) at /api/hsds/: the sociale kaart as Human Services Data.

``records`` maps pages to HSDS records (an organisation is an organization with one physical
location, a service a service with its wijken as service areas and its categories and target
groups as taxonomy terms), ``ids`` gives them stable UUIDs, ``endpoints`` serves them with HSDS
paging and filters.
"""

from ..base import StableNinjaAPI
from .endpoints import HSDS_VERSION, router
from .openapi import add_response_schemas


class HsdsNinjaAPI(StableNinjaAPI):
    """The HSDS API, whose OpenAPI document declares the HSDS record schemas as responses."""

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """Ninja's document, with the HSDS response schemas added."""
        document = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        prefix = path_prefix if path_prefix is not None else self.get_root_path(path_params or {})
        return add_response_schemas(document, prefix)


api = HsdsNinjaAPI(
    title="Wijkportaal HSDS 3.0 API",
    version=HSDS_VERSION,
    description=(
        "The sociale kaart as Open Referral Human Services Data Specification 3.0: "
        "organizations, services, service_at_locations, taxonomies and taxonomy_terms, "
        "with HSDS paging (`page`, `per_page`)."
    ),
    urls_namespace="hsds",
    operation_id_prefix="cms_hsds",
)
api.add_router("/", router)
