"""The HSDS endpoints: lists with HSDS paging and single records, filtered the HSDS way
(search, taxonomy terms, organization, modified_after, postcode)."""

import datetime
import math
import uuid
from typing import Literal

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.db.models.functions import Length, Substr
from django.http import HttpRequest

from wagtail.models import Page, Site

from ninja import Path, Query, Router
from ninja.errors import HttpError

from aanbod.models import Category, OrganisationPage, ServicePage, TargetGroup
from aanbod.visibility import visible_organisations, visible_services
from home.links import absolute_url
from search.query import clean_query, matching_page_ids
from wijken.postcodes import best_match, normalise_postcode
from wijken.rollout import visible_wijken

from ..base import in_region, strict_params
from ..http import mark_last_modified
from . import records
from .ids import KIND, parse_id
from .records import TAXONOMIES

HSDS_VERSION = "3.0"
PROFILE_URL = "https://docs.openreferral.org/en/3.0/"
MAX_PER_PAGE = 100

router = Router()

Page_ = Query(1, ge=1, le=100_000, description="Page number (from 1)")
PerPage = Query(50, ge=1, le=MAX_PER_PAGE, description=f"Items per page (1-{MAX_PER_PAGE})")
Search = Query(None, max_length=200, description="Words to look for")
UUIDQuery = Query(None, description="An HSDS id (UUID)")


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


def _parent_path():
    """The tree path of the outer row's parent page."""
    return Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)


# --- querysets -----------------------------------------------------------------------------


def _services(request: HttpRequest) -> QuerySet:
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
        return [records.service(s, request, orgs.get(s.path[: -s.steplen])) for s in items]

    return serialize


def _filter_services(
    request, qs, search, taxonomy_term_id, taxonomy_id, organization_id, modified_after
):
    if search:
        query = clean_query(search)
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


@router.get("/", tags=["meta"])
@strict_params
def meta(request: HttpRequest):
    """Information about this API and the HSDS version it follows."""
    return {
        "version": HSDS_VERSION,
        "profile": PROFILE_URL,
        "openapi_url": absolute_url("/api/hsds/openapi.json", request),
    }


@router.get("/services", tags=["services"])
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


@router.get("/services/{service_id}", tags=["services"])
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


@router.get("/organizations", tags=["organizations"])
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
        qs = qs.filter(
            pk__in=matching_page_ids(Site.find_for_request(request), clean_query(search))
        )
    return paged(
        request, qs, page, per_page, lambda items: [records.organization(o, request) for o in items]
    )


@router.get("/organizations/{organization_id}", tags=["organizations"])
@strict_params
def get_organization(request: HttpRequest, organization_id: str = Path(..., max_length=64)):
    """One organisation with its services."""
    org = _organisations(request).filter(pk=parse_id("organization", organization_id)).first()
    if org is None:
        raise HttpError(404, "No organization with this id")
    mark_last_modified(request, org.last_published_at)
    services = list(_services(request).child_of(org))
    return records.organization(org, request) | {"services": _serialize_services(request)(services)}


@router.get("/service_at_locations", tags=["service_at_locations"])
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
            record = records.service_at_location(svc, org, records.location(org))
            record["service"] = records.service(svc, request, org)
            record["service"].pop("service_at_locations", None)
            rows.append(record)
        return rows

    return paged(request, qs, page, per_page, serialize)


@router.get("/service_at_locations/{sal_id}", tags=["service_at_locations"])
@strict_params
def get_service_at_location(request: HttpRequest, sal_id: str = Path(..., max_length=64)):
    """One service at its location."""
    svc = _services(request).filter(pk=parse_id("service_at_location", sal_id)).first()
    org = _organisations_for([svc]).get(svc.path[: -svc.steplen]) if svc else None
    location = records.location(org) if org else None
    if location is None:
        raise HttpError(404, "No service_at_location with this id")
    record = records.service_at_location(svc, org, location)
    record["service"] = records.service(svc, request, org)
    record["service"].pop("service_at_locations", None)
    return record


@router.get("/taxonomies", tags=["taxonomies"])
@strict_params
def list_taxonomies(request: HttpRequest, page: int = Page_, per_page: int = PerPage):
    """The portal's two taxonomies: categories and target groups."""
    return paged(
        request,
        list(TAXONOMIES),
        page,
        per_page,
        lambda items: [records.taxonomy(n) for n in items],
    )


@router.get("/taxonomies/{taxonomy_id}", tags=["taxonomies"])
@strict_params
def get_taxonomy(request: HttpRequest, taxonomy_id: str = Path(..., max_length=64)):
    """One taxonomy."""
    number = parse_id("taxonomy", taxonomy_id)
    if number not in TAXONOMIES:
        raise HttpError(404, "No taxonomy with this id")
    return records.taxonomy(number)


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


@router.get("/taxonomy_terms", tags=["taxonomies"])
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
    return paged(
        request,
        terms,
        page,
        per_page,
        lambda items: [records.taxonomy_term(t, n) for n, t in items],
    )


@router.get("/taxonomy_terms/{term_id}", tags=["taxonomies"])
@strict_params
def get_taxonomy_term(request: HttpRequest, term_id: str = Path(..., max_length=64)):
    """One taxonomy term."""
    text = str(term_id)
    for number, (kind, _name, _desc) in TAXONOMIES.items():
        if text.startswith(f"{KIND[kind]:08x}-"):
            model = Category if number == 1 else TargetGroup
            term = model.objects.select_related("locale").filter(pk=parse_id(kind, text)).first()
            if term is not None:
                return records.taxonomy_term(term, number)
    parse_id("category", text)  # 400 when it is no UUID at all
    raise HttpError(404, "No taxonomy term with this id")
