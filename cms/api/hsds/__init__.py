"""HSDS 3.0 (Open Referral) at /api/hsds/: the sociale kaart as Human Services Data.

``records`` maps pages to HSDS records (an organisation is an organization with one physical
location, a service a service with its wijken as service areas and its categories and target
groups as taxonomy terms), ``ids`` gives them stable UUIDs, ``endpoints`` serves them with HSDS
paging and filters.
"""

from ..base import StableNinjaAPI
from .endpoints import HSDS_VERSION, router

api = StableNinjaAPI(
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
