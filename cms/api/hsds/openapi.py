"""Response schemas for the HSDS OpenAPI document, from the Open Referral HSDS 3.0 schemas.

django-ninja documents the parameters; the responses are the HSDS records and paging as the
specification defines them (``schemas/``, copied unchanged from HSDS 3.0), so clients generated
from ``/api/hsds/openapi.json`` get typed results, and the tests validate every response against
the schema this document declares for it.
"""

import json
from functools import cache
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent / "schemas"
RECORDS = ["service", "organization", "service_at_location", "taxonomy", "taxonomy_term"]
REF_PREFIX = "#/components/schemas/"

# The HSDS metadata (change history) records, which this API does not provide.
METADATA = {
    "type": "object",
    "description": "HSDS metadata record (not provided by this API; lists are empty).",
}
ERROR = {
    "type": "object",
    "required": ["detail"],
    "properties": {"detail": {"description": "What was wrong with the request."}},
}
META = {
    "type": "object",
    "required": ["version", "profile", "openapi_url"],
    "properties": {
        "version": {"type": "string", "description": "The HSDS version followed."},
        "profile": {"type": "string", "format": "uri"},
        "openapi_url": {"type": "string", "format": "uri"},
    },
}
# path (below /api/hsds) -> (HSDS record, whether the answer is an HSDS page of them)
OPERATIONS = {
    "/": ("meta", False),
    "/services": ("service", True),
    "/services/{service_id}": ("service", False),
    "/organizations": ("organization", True),
    "/organizations/{organization_id}": ("organization", False),
    "/service_at_locations": ("service_at_location", True),
    "/service_at_locations/{sal_id}": ("service_at_location", False),
    "/taxonomies": ("taxonomy", True),
    "/taxonomies/{taxonomy_id}": ("taxonomy", False),
    "/taxonomy_terms": ("taxonomy_term", True),
    "/taxonomy_terms/{term_id}": ("taxonomy_term", False),
}


def _local_refs(node):
    """Point the HSDS files' references (``taxonomy.json``) at this document's components."""
    if isinstance(node, dict):
        return {
            key: (
                REF_PREFIX + value.removesuffix(".json")
                if key == "$ref" and isinstance(value, str) and value.endswith(".json")
                else _local_refs(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_local_refs(item) for item in node]
    return node


@cache
def components() -> dict:
    """The HSDS records, HSDS paging and the error body as OpenAPI component schemas."""
    schemas = {name: _local_refs(_load(name)) for name in RECORDS}
    page = _load("openapi")["components"]["schemas"]["Page"]
    schemas["Page"] = {**page, "required": list(page["properties"])}
    schemas["metadata"] = METADATA
    schemas["meta"] = META
    schemas["Error"] = ERROR
    for name in RECORDS:
        schemas[f"{name}_page"] = {
            "allOf": [
                {"$ref": REF_PREFIX + "Page"},
                {
                    "type": "object",
                    "required": ["contents"],
                    "properties": {
                        "contents": {"type": "array", "items": {"$ref": REF_PREFIX + name}}
                    },
                },
            ]
        }
    return schemas


def _load(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.json").read_text())


def _json(schema_name: str, description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": REF_PREFIX + schema_name}}},
    }


def add_response_schemas(document: dict, prefix: str) -> dict:
    """Declare each operation's 200 answer (HSDS record or page) and its JSON error answers."""
    document.setdefault("components", {}).setdefault("schemas", {}).update(components())
    for path, (record, is_page) in OPERATIONS.items():
        operation = document["paths"][prefix.rstrip("/") + path]["get"]
        responses = operation.setdefault("responses", {})
        responses["200"] = _json(f"{record}_page" if is_page else record, "OK")
        responses["400"] = _json("Error", "A parameter was wrong (the body says which).")
        responses["422"] = _json("Error", "A parameter could not be read (the body says which).")
        if "{" in path:
            responses["404"] = _json("Error", "No such record.")
    return document
