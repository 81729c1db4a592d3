"""HSDS ids: stable UUIDs that encode the kind of record and its database id.

``0000000k-0000-4000-8000-<id as 12 hex digits>``, k the kind (``KIND``), so an id can be looked
up again; nested records that are never looked up get a name-based UUID (``sub_id``).
"""

import uuid

from ninja.errors import HttpError

from ..base import MAX_ID

KIND = {
    "organization": 1,
    "service": 2,
    "location": 3,
    "service_at_location": 4,
    "taxonomy": 5,
    "category": 6,
    "target_group": 7,
}
NAMESPACE = uuid.UUID("6f0c1f8e-3d4b-4e59-9a43-8f2b6d1c0a7e")


def hsds_id(kind: str, pk: int) -> str:
    """The stable UUID of a record of one kind."""
    return f"{KIND[kind]:08x}-0000-4000-8000-{pk:012x}"


def sub_id(*parts: object) -> str:
    """A stable UUID for a nested record that is never looked up on its own."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def parse_id(kind: str, value: str | uuid.UUID | None) -> int | None:
    """The database id inside one of our UUIDs of this kind, or a 404/400 error."""
    if value is None:
        return None
    try:
        parsed = uuid.UUID(str(value))
    except ValueError as exc:
        raise HttpError(400, "Not a UUID") from exc
    text = str(parsed)
    if not text.startswith(f"{KIND[kind]:08x}-0000-4000-8000-"):
        raise HttpError(404, f"No {kind} with this id")
    pk = int(text[-12:], 16)
    if not 0 < pk <= MAX_ID:
        raise HttpError(404, f"No {kind} with this id")
    return pk
