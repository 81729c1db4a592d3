"""The portal API (/api/v1/): django-ninja; OpenAPI at openapi.json, docs at docs."""

from ninja import NinjaAPI

from .endpoints import router

api = NinjaAPI(
    title="Wijkportaal API",
    version="1.0.0",
    description=(
        "Read-only JSON API of the Wijkportaal: gemeenten, wijken, the sociale kaart "
        "(organisations, services), activities with their occurrences, ontwikkelingen, open "
        "requests and offers, categories and search. Only what the public site shows. "
        "Lists take `limit` (at most 100) and `offset`; unknown parameters answer 400."
    ),
    urls_namespace="portal_api",
)
api.add_router("/", router)
