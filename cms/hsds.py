"""HSDS 3.0 (Open Referral) at /api/hsds/: the sociale kaart as Human Services Data.

Mapping: an ``OrganisationPage`` is an HSDS organization (its address one physical location), a
``ServicePage`` a service (its wijken the service areas, its categories and target groups
attributes linking taxonomy terms), and each service at its organisation's location a
service_at_location. Two taxonomies: the portal's categories and target groups.

HSDS ids are UUIDs. Ours encode the kind of record and the database id, so they are stable and
can be looked up: ``0000000k-0000-4000-8000-<id as 12 hex digits>``.
"""

import datetime
import math
import uuid
from typing import Literal

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Substr
from django.http import HttpRequest

from wagtail.models import Page

from ninja import NinjaAPI, Path, Query
from ninja.errors import HttpError

from aanbod.models import Category, OrganisationPage, ServicePage, TargetGroup
from aanbod.visibility import visible_organisations, visible_services
from search.query import clean_query, matching_page_ids
from wijken.postcodes import best_match, normalise_postcode
from wijken.rollout import visible_wijken

from .portal_api.common import MAX_ID, in_region, mark_last_modified, strict_params

HSDS_VERSION = "3.0"
PROFILE_URL = "https://docs.openreferral.org/en/3.0/"
MAX_PER_PAGE = 100
KIND = {
    "organization": 1,
    "service": 2,
    "location": 3,
    "service_at_location": 4,
    "taxonomy": 5,
    "category": 6,
    "target_group": 7,
}
TAXONOMIES = {
    1: ("category", "Wijkportaal categorieën", "Thema's van diensten en activiteiten (categorie)."),
    2: ("target_group", "Wijkportaal doelgroepen", "Voor wie een dienst bedoeld is (doelgroep)."),
}
NAMESPACE = uuid.UUID("6f0c1f8e-3d4b-4e59-9a43-8f2b6d1c0a7e")

api = NinjaAPI(
    title="Wijkportaal HSDS 3.0 API",
    version=HSDS_VERSION,
    description=(
        "The sociale kaart as Open Referral Human Services Data Specification 3.0: "
        "organizations, services, service_at_locations, taxonomies and taxonomy_terms, "
        "with HSDS paging (`page`, `per_page`)."
    ),
    urls_namespace="hsds",
)

Page_ = Query(1, ge=1, le=100_000, description="Page number (from 1)")
PerPage = Query(50, ge=1, le=MAX_PER_PAGE, description=f"Items per page (1-{MAX_PER_PAGE})")
Search = Query(None, max_length=200, description="Words to look for")
UUIDQuery = Query(None, description="An HSDS id (UUID)")


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


def paged(request: HttpRequest, queryset, page: int, per_page: int, serialize) -> dict:
    """HSDS paging: total_items, total_pages, page_number, size, first/last/empty, contents."""
    total = len(queryset) if isinstance(queryset, list) else queryset.count()
    pages = max(1, math.ceil(total / per_page))
    items = list(queryset[(page - 1) * per_page : page * per_page]) if page <= pages else []
    contents = serialize(items)
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not contents,
        "contents": contents,
    }


# --- records ---------------------------------------------------------------------------------


def _term(term, taxonomy: int) -> dict:
    kind = TAXONOMIES[taxonomy][0]
    return {
        "id": hsds_id(kind, term.pk),
        "code": term.slug,
        "name": term.name,
        "description": term.description or term.name,
        "taxonomy": TAXONOMIES[taxonomy][1],
        "taxonomy_id": hsds_id("taxonomy", taxonomy),
        "language": term.locale.language_code if hasattr(term, "locale") else "nl",
    }


def _taxonomy(number: int) -> dict:
    _kind, name, description = TAXONOMIES[number]
    return {"id": hsds_id("taxonomy", number), "name": name, "description": description}


def _phones(owner_field: str, owner_id: str, number: str) -> list[dict]:
    if not number:
        return []
    return [{"id": sub_id("phone", owner_id), owner_field: owner_id, "number": number}]


def _location(org: OrganisationPage) -> dict | None:
    """The organisation's visiting address as a physical location (None without an address)."""
    if not (org.street and org.city):
        return None
    location_id = hsds_id("location", org.pk)
    return {
        "id": location_id,
        "location_type": "physical",
        "organization_id": hsds_id("organization", org.pk),
        "name": org.title,
        "addresses": [
            {
                "id": sub_id("address", org.pk),
                "location_id": location_id,
                "address_1": org.street,
                "city": org.city,
                "state_province": "Limburg",
                "postal_code": org.postcode,
                "country": "NL",
                "address_type": "physical",
            }
        ],
        "phones": _phones("location_id", location_id, org.phone),
    }


def organization(org: OrganisationPage, request: HttpRequest) -> dict:
    """One organization with its location and phone."""
    org_id = hsds_id("organization", org.pk)
    record = {
        "id": org_id,
        "name": org.title,
        "description": org.intro,
        "email": org.email or None,
        "website": org.website or org.get_full_url(request),
        "uri": org.get_full_url(request),
        "phones": _phones("organization_id", org_id, org.phone),
        "locations": [loc for loc in [_location(org)] if loc],
    }
    return {k: v for k, v in record.items() if v is not None}


def _attributes(svc: ServicePage, link_id: str) -> list[dict]:
    rows = []
    for number, terms in ((1, svc.categories.all()), (2, svc.target_groups.all())):
        for term in terms:
            term_record = _term(term, number)
            rows.append(
                {
                    "id": sub_id("attribute", svc.pk, term_record["id"]),
                    "link_id": link_id,
                    "link_type": "service",
                    "link_entity": "service",
                    "taxonomy_term_id": term_record["id"],
                    "taxonomy_term": term_record,
                }
            )
    return rows


def service(svc: ServicePage, request: HttpRequest, org: OrganisationPage | None) -> dict:
    """One service with its organization, areas (wijken), attributes and schedule."""
    service_id = hsds_id("service", svc.pk)
    record = {
        "id": service_id,
        "name": svc.title,
        "description": svc.intro,
        "url": svc.get_full_url(request),
        "status": "active",
        "application_process": svc.how_to_apply or None,
        "fees_description": svc.cost or None,
        "eligibility_description": svc.audience or None,
        "last_modified": svc.last_published_at,
        "service_areas": [
            {
                "id": sub_id("service_area", svc.pk, wijk.pk),
                "service_id": service_id,
                "name": wijk.title,
                "description": f"Wijk {wijk.title}",
                "extent_type": "postcode",
                "extent": ", ".join(wijk.postcode_list),
            }
            for wijk in svc.wijken.all()
        ],
        "schedules": (
            [{"id": sub_id("schedule", svc.pk), "description": svc.opening_hours}]
            if svc.opening_hours
            else []
        ),
        "attributes": _attributes(svc, service_id),
    }
    if org is not None:
        record["organization_id"] = hsds_id("organization", org.pk)
        record["organization"] = organization(org, request)
        location = _location(org)
        record["service_at_locations"] = (
            [_service_at_location(svc, org, location, nested=True)] if location else []
        )
    return {k: v for k, v in record.items() if v is not None}


def _service_at_location(svc, org, location: dict, nested: bool = False) -> dict:
    return {
        "id": hsds_id("service_at_location", svc.pk),
        "service_id": hsds_id("service", svc.pk),
        "location_id": location["id"],
        "description": f"{svc.title} bij {org.title}",
        "location": location,
    }


def _parent_path():
    """The tree path of the outer row's parent page."""
    return Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)


# --- querysets -----------------------------------------------------------------------------


def _services(request: HttpRequest) -> QuerySet:
    from django.db.models import Prefetch

    wijken = Prefetch("wijken", queryset=visible_wijken().only("id", "title", "postcodes"))
    return (
        in_region(visible_services(), request)
        .select_related("locale")
        .prefetch_related(wijken, "categories__locale", "target_groups__locale")
        .order_by("title", "pk")
    )


def _organisations_for(services: list) -> dict[str, OrganisationPage]:
    paths = {s.path[: -Page.steplen] for s in services}
    orgs = OrganisationPage.objects.filter(path__in=paths).select_related("locale")
    return {o.path: o for o in orgs}


def _serialize_services(request):
    def serialize(items):
        orgs = _organisations_for(items)
        return [service(s, request, orgs.get(s.path[: -s.steplen])) for s in items]

    return serialize


def _filter_services(
    request, qs, search, taxonomy_term_id, taxonomy_id, organization_id, modified_after
):
    if search:
        query = clean_query(search)
        from wagtail.models import Site

        qs = qs.filter(pk__in=matching_page_ids(Site.find_for_request(request), query))
    if taxonomy_term_id:
        text = str(taxonomy_term_id)
        if text.startswith(f"{KIND['category']:08x}"):
            qs = qs.filter(
                pk__in=ServicePage.objects.filter(categories=parse_id("category", text)).values(
                    "pk"
                )
            )
        elif text.startswith(f"{KIND['target_group']:08x}"):
            qs = qs.filter(
                pk__in=ServicePage.objects.filter(
                    target_groups=parse_id("target_group", text)
                ).values("pk")
            )
        else:
            raise HttpError(400, "Unknown taxonomy_term_id")
    if taxonomy_id:
        number = parse_id("taxonomy", taxonomy_id)
        if number not in TAXONOMIES:
            raise HttpError(400, "Unknown taxonomy_id")
        field = "categories" if number == 1 else "target_groups"
        qs = qs.filter(
            pk__in=ServicePage.objects.filter(**{f"{field}__isnull": False}).values("pk")
        )
    if organization_id:
        org = visible_organisations().filter(pk=parse_id("organization", organization_id)).first()
        if org is None:
            raise HttpError(400, "Unknown organization_id")
        qs = qs.child_of(org)
    if modified_after:
        qs = qs.filter(last_published_at__gt=modified_after)
    return qs


# --- endpoints -----------------------------------------------------------------------------


@api.get("/", tags=["meta"])
@strict_params
def meta(request: HttpRequest):
    """Information about this API and the HSDS version it follows."""
    return {
        "version": HSDS_VERSION,
        "profile": PROFILE_URL,
        "openapi_url": request.build_absolute_uri("/api/hsds/openapi.json"),
    }


@api.get("/services", tags=["services"])
@strict_params
def list_services(
    request: HttpRequest,
    search: str | None = Search,
    taxonomy_term_id: uuid.UUID | None = UUIDQuery,
    taxonomy_id: uuid.UUID | None = UUIDQuery,
    organization_id: uuid.UUID | None = UUIDQuery,
    modified_after: datetime.datetime | None = Query(None),
    page: int = Page_,
    per_page: int = PerPage,
):
    """Services on the sociale kaart (HSDS paging)."""
    qs = _filter_services(
        request,
        _services(request),
        search,
        taxonomy_term_id,
        taxonomy_id,
        organization_id,
        modified_after,
    )
    return paged(request, qs, page, per_page, _serialize_services(request))


@api.get("/services/{service_id}", tags=["services"])
@strict_params
def get_service(request: HttpRequest, service_id: str = Path(..., max_length=64)):
    """One service, fully nested."""
    svc = _services(request).filter(pk=parse_id("service", service_id)).first()
    if svc is None:
        raise HttpError(404, "No service with this id")
    mark_last_modified(request, svc.last_published_at)
    return _serialize_services(request)([svc])[0]


def _organisations(request: HttpRequest) -> QuerySet:
    return (
        in_region(visible_organisations(), request).select_related("locale").order_by("title", "pk")
    )


@api.get("/organizations", tags=["organizations"])
@strict_params
def list_organizations(
    request: HttpRequest,
    search: str | None = Search,
    page: int = Page_,
    per_page: int = PerPage,
):
    """Partner organisations (HSDS paging)."""
    qs = _organisations(request)
    if search:
        from wagtail.models import Site

        qs = qs.filter(
            pk__in=matching_page_ids(Site.find_for_request(request), clean_query(search))
        )
    return paged(
        request, qs, page, per_page, lambda items: [organization(o, request) for o in items]
    )


@api.get("/organizations/{organization_id}", tags=["organizations"])
@strict_params
def get_organization(request: HttpRequest, organization_id: str = Path(..., max_length=64)):
    """One organisation with its services."""
    org = _organisations(request).filter(pk=parse_id("organization", organization_id)).first()
    if org is None:
        raise HttpError(404, "No organization with this id")
    mark_last_modified(request, org.last_published_at)
    services = list(_services(request).child_of(org))
    return organization(org, request) | {"services": _serialize_services(request)(services)}


@api.get("/service_at_locations", tags=["service_at_locations"])
@strict_params
def list_service_at_locations(
    request: HttpRequest,
    postcode: str | None = Query(
        None,
        max_length=20,
        description="Services for the wijk covering this postcode (6131 or 6131 AB)",
    ),
    search: str | None = Search,
    taxonomy_term_id: uuid.UUID | None = UUIDQuery,
    taxonomy_id: uuid.UUID | None = UUIDQuery,
    organization_id: uuid.UUID | None = UUIDQuery,
    modified_after: datetime.datetime | None = Query(None),
    page: int = Page_,
    per_page: int = PerPage,
):
    """Each service at its organisation's location; ``postcode`` keeps the services of that
    postcode's wijk (and region-wide ones)."""
    qs = _services(request)
    qs = _filter_services(
        request, qs, search, taxonomy_term_id, taxonomy_id, organization_id, modified_after
    )
    if postcode is not None:
        code = normalise_postcode(postcode)
        if code is None:
            raise HttpError(400, "Not a Dutch postcode (for example 6131 or 6131 AB)")
        wijken = list(in_region(visible_wijken(), request).exclude(postcodes=""))
        wijk = best_match(code, [(w, w.postcode_list) for w in wijken])
        tied = ServicePage.objects.filter(wijken__isnull=False).values("pk")
        in_wijk = ServicePage.objects.filter(wijken=wijk).values("pk") if wijk else []
        qs = qs.filter(Q(pk__in=in_wijk) | ~Q(pk__in=tied))
    located = OrganisationPage.objects.filter(path=_parent_path()).exclude(street="")
    qs = qs.filter(Exists(located.exclude(city="")))

    def serialize(items):
        orgs = _organisations_for(items)
        rows = []
        for svc in items:
            org = orgs[svc.path[: -svc.steplen]]
            record = _service_at_location(svc, org, _location(org))
            record["service"] = service(svc, request, org)
            record["service"].pop("service_at_locations", None)
            rows.append(record)
        return rows

    return paged(request, qs, page, per_page, serialize)


@api.get("/service_at_locations/{sal_id}", tags=["service_at_locations"])
@strict_params
def get_service_at_location(request: HttpRequest, sal_id: str = Path(..., max_length=64)):
    """One service at its location."""
    svc = _services(request).filter(pk=parse_id("service_at_location", sal_id)).first()
    org = _organisations_for([svc]).get(svc.path[: -svc.steplen]) if svc else None
    location = _location(org) if org else None
    if location is None:
        raise HttpError(404, "No service_at_location with this id")
    record = _service_at_location(svc, org, location)
    record["service"] = service(svc, request, org)
    record["service"].pop("service_at_locations", None)
    return record


@api.get("/taxonomies", tags=["taxonomies"])
@strict_params
def list_taxonomies(request: HttpRequest, page: int = Page_, per_page: int = PerPage):
    """The portal's two taxonomies: categories and target groups."""
    return paged(
        request, list(TAXONOMIES), page, per_page, lambda items: [_taxonomy(n) for n in items]
    )


@api.get("/taxonomies/{taxonomy_id}", tags=["taxonomies"])
@strict_params
def get_taxonomy(request: HttpRequest, taxonomy_id: str = Path(..., max_length=64)):
    """One taxonomy."""
    number = parse_id("taxonomy", taxonomy_id)
    if number not in TAXONOMIES:
        raise HttpError(404, "No taxonomy with this id")
    return _taxonomy(number)


class _Terms:
    """Categories then target groups, sliceable and countable like a queryset."""

    def __init__(self, taxonomies: list[int], locale: str | None):
        self.parts = []
        for number in taxonomies:
            model = Category if number == 1 else TargetGroup
            qs = model.objects.select_related("locale").order_by("name", "pk")
            if locale:
                qs = qs.filter(locale__language_code=locale)
            self.parts.append((number, qs))

    def count(self) -> int:
        return sum(qs.count() for _n, qs in self.parts)

    def __getitem__(self, window: slice) -> list:
        start, stop, rows = window.start, window.stop, []
        for number, qs in self.parts:
            size = qs.count()
            if start < size and stop > 0:
                rows += [(number, t) for t in qs[max(start, 0) : min(stop, size)]]
            start, stop = start - size, stop - size
        return rows


@api.get("/taxonomy_terms", tags=["taxonomies"])
@strict_params
def list_taxonomy_terms(
    request: HttpRequest,
    taxonomy_id: uuid.UUID | None = UUIDQuery,
    language: Literal["nl", "en"] | None = Query(None),
    page: int = Page_,
    per_page: int = PerPage,
):
    """Categories and target groups as taxonomy terms."""
    numbers = list(TAXONOMIES)
    if taxonomy_id is not None:
        number = parse_id("taxonomy", taxonomy_id)
        if number not in TAXONOMIES:
            raise HttpError(400, "Unknown taxonomy_id")
        numbers = [number]
    terms = _Terms(numbers, language)
    return paged(request, terms, page, per_page, lambda items: [_term(t, n) for n, t in items])


@api.get("/taxonomy_terms/{term_id}", tags=["taxonomies"])
@strict_params
def get_taxonomy_term(request: HttpRequest, term_id: str = Path(..., max_length=64)):
    """One taxonomy term."""
    text = str(term_id)
    for number, (kind, _name, _desc) in TAXONOMIES.items():
        if text.startswith(f"{KIND[kind]:08x}-"):
            model = Category if number == 1 else TargetGroup
            term = model.objects.select_related("locale").filter(pk=parse_id(kind, text)).first()
            if term is not None:
                return _term(term, number)
    parse_id("category", text)  # 400 when it is no UUID at all
    raise HttpError(404, "No taxonomy term with this id")
