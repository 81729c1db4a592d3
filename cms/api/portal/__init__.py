"""The portal API at /api/v1/ (django-ninja): what the public site shows, as JSON for partner
sites and apps; OpenAPI at openapi.json, docs at docs.

``endpoints`` holds the operations, ``schemas`` their response shapes (the OpenAPI document),
``serializers`` turns pages into those shapes a batch at a time, ``common`` pages and refers.
"""

from ..base import StableNinjaAPI
from .endpoints import router

api = StableNinjaAPI(
    title="Wijkportaal API",
    version="1.0.0",
    description=(
        "Read-only JSON API of the Wijkportaal: gemeenten, wijken, the sociale kaart "
        "(organisations, services), activities with their occurrences, ontwikkelingen, open "
        "requests and offers, categories and search. Only what the public site shows. "
        "Lists take `limit` (at most 100) and `offset`; unknown parameters answer 400."
    ),
    urls_namespace="portal_api",
    operation_id_prefix="cms_portal_api_endpoints",
)
api.add_router("/", router)
