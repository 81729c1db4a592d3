"""The portal API's endpoints: what the public site shows, as JSON for partner sites and apps."""

import datetime
from typing import Literal

from django.db.models import Q, QuerySet
from django.http import HttpRequest

from wagtail.models import Page, Site

from ninja import Path, Query, Router
from ninja.errors import HttpError

from aanbod.models import ActivityPage, OrganisationKind
from aanbod.models import Category as CategoryModel
from aanbod.visibility import (
    public_pages,
    visible_activities,
    visible_offers,
    visible_organisations,
    visible_requests,
    visible_services,
)
from home.links import page_url
from search.query import search_portal
from wijken.models import OntwikkelingPage
from wijken.postcodes import best_match, normalise_postcode
from wijken.rollout import phase_q, visible_gemeenten, visible_wijken

from ..base import MAX_ID, in_region, strict_params
from ..http import mark_last_modified
from . import schemas, serializers
from .common import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    by_locale,
    count_and_last_modified,
    date_window,
    page_of,
)

router = Router()

Limit = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"Items per page (1-{MAX_LIMIT})")
Offset = Query(0, ge=0, le=MAX_OFFSET, description="Items to skip")
Locale = Query(None, description="Content language: nl or en")
IdFilter = Query(None, ge=1, le=MAX_ID)
LocaleCode = Literal["nl", "en"]
ERRORS = {400: schemas.Error, 404: schemas.Error, 422: schemas.Error}


def _listing(request, queryset: QuerySet, limit: int, offset: int, serialize) -> dict:
    """Page through a queryset, set Last-Modified, serialise the page."""
    count, latest = count_and_last_modified(queryset)
    mark_last_modified(request, latest)
    items, paging = page_of(request, queryset, limit, offset, count=count)
    return {**paging, "results": serialize(items)}


def _one(request, queryset: QuerySet, pk: int, serialize) -> dict:
    """One item by id, or a JSON 404."""
    item = queryset.filter(pk=pk).first()
    if item is None:
        raise HttpError(404, "Not found (or not public)")
    mark_last_modified(request, item.last_published_at)
    return serialize([item])[0]


def _gemeente_wijken(request, gemeente: int | None) -> QuerySet:
    """Visible wijken of the region, or of one gemeente (400 when that gemeente is unknown)."""
    wijken = in_region(visible_wijken(), request)
    if gemeente is None:
        return wijken
    parent = in_region(visible_gemeenten(), request).filter(pk=gemeente).first()
    if parent is None:
        raise HttpError(400, f"Unknown gemeente: {gemeente}")
    return wijken.child_of(parent)


def _check_wijk(request, wijk: int | None) -> None:
    if wijk is not None and not in_region(visible_wijken(), request).filter(pk=wijk).exists():
        raise HttpError(400, f"Unknown wijk: {wijk}")


def _check_category(category: int | None) -> None:
    if category is not None and not CategoryModel.objects.filter(pk=category).exists():
        raise HttpError(400, f"Unknown category: {category}")


def _area_filter(request, qs: QuerySet, gemeente: int | None, wijk: int | None) -> QuerySet:
    """Keep content tied to a wijk (or to any wijk of a gemeente)."""
    if gemeente is not None:
        wijken = _gemeente_wijken(request, gemeente)
        qs = qs.filter(pk__in=qs.model.objects.filter(wijken__in=wijken).values("pk"))
    if wijk is not None:
        _check_wijk(request, wijk)
        qs = qs.filter(pk__in=qs.model.objects.filter(wijken=wijk).values("pk"))
    return qs


# --- places -------------------------------------------------------------------------------


@router.get("/gemeenten", response={200: schemas.GemeenteList, **ERRORS}, tags=["places"])
@strict_params
def list_gemeenten(
    request: HttpRequest,
    limit: int = Limit,
    offset: int = Offset,
    locale: LocaleCode | None = Locale,
):
    """Gemeenten of this region the public may see, with their phase and visible wijken."""
    qs = by_locale(in_region(visible_gemeenten(), request), locale).select_related("locale")
    return _listing(
        request,
        qs.order_by("title", "pk"),
        limit,
        offset,
        lambda items: serializers.gemeenten(items, request),
    )


@router.get("/gemeenten/{gemeente_id}", response={200: schemas.Gemeente, **ERRORS}, tags=["places"])
@strict_params
def get_gemeente(request: HttpRequest, gemeente_id: int = Path(..., ge=1, le=MAX_ID)):
    """One gemeente."""
    qs = in_region(visible_gemeenten(), request).select_related("locale")
    return _one(request, qs, gemeente_id, lambda items: serializers.gemeenten(items, request))


@router.get("/wijken", response={200: schemas.WijkList, **ERRORS}, tags=["places"])
@strict_params
def list_wijken(
    request: HttpRequest,
    gemeente: int | None = IdFilter,
    phase: Literal["pilot", "live"] | None = Query(None, description="Effective phase"),
    limit: int = Limit,
    offset: int = Offset,
    locale: LocaleCode | None = Locale,
):
    """Visible wijken, optionally of one gemeente or in one phase, with their postcodes."""
    qs = by_locale(_gemeente_wijken(request, gemeente), locale).select_related("locale")
    if phase:
        qs = qs.filter(phase_q(phase))
    return _listing(
        request,
        qs.order_by("title", "pk"),
        limit,
        offset,
        lambda items: serializers.wijken(items, request),
    )


@router.get("/wijken/{wijk_id}", response={200: schemas.Wijk, **ERRORS}, tags=["places"])
@strict_params
def get_wijk(request: HttpRequest, wijk_id: int = Path(..., ge=1, le=MAX_ID)):
    """One wijk."""
    qs = in_region(visible_wijken(), request).select_related("locale")
    return _one(request, qs, wijk_id, lambda items: serializers.wijken(items, request))


@router.get(
    "/postcodes/{postcode}", response={200: schemas.PostcodeMatch, **ERRORS}, tags=["places"]
)
@strict_params
def lookup_postcode(request: HttpRequest, postcode: str = Path(..., max_length=20)):
    """The visible wijk a Dutch postcode (6131 or 6131 AB) belongs to."""
    code = normalise_postcode(postcode)
    if code is None:
        raise HttpError(400, "Not a Dutch postcode (for example 6131 or 6131 AB)")
    wijken = list(
        in_region(visible_wijken(), request).exclude(postcodes="").select_related("locale")
    )
    match = best_match(code, [(w, w.postcode_list) for w in wijken])
    if match is None:
        raise HttpError(404, f"No wijk on this portal covers postcode {code}")
    return {"postcode": code, "wijk": serializers.wijken([match], request)[0]}


# --- sociale kaart ---------------------------------------------------------------------------


@router.get(
    "/organisations", response={200: schemas.OrganisationList, **ERRORS}, tags=["sociale kaart"]
)
@strict_params
def list_organisations(
    request: HttpRequest,
    gemeente: int | None = IdFilter,
    wijk: int | None = IdFilter,
    kind: OrganisationKind | None = Query(None),
    limit: int = Limit,
    offset: int = Offset,
    locale: LocaleCode | None = Locale,
):
    """Partner organisations, optionally serving a gemeente or wijk, or of one kind."""
    qs = _area_filter(
        request, by_locale(in_region(visible_organisations(), request), locale), gemeente, wijk
    )
    if kind:
        qs = qs.filter(kind=kind)
    qs = serializers.with_relations(qs.order_by("title", "pk"), "wijken")
    return _listing(
        request, qs, limit, offset, lambda items: serializers.organisations(items, request)
    )


@router.get(
    "/organisations/{organisation_id}",
    response={200: schemas.Organisation, **ERRORS},
    tags=["sociale kaart"],
)
@strict_params
def get_organisation(request: HttpRequest, organisation_id: int = Path(..., ge=1, le=MAX_ID)):
    """One organisation."""
    qs = serializers.with_relations(in_region(visible_organisations(), request), "wijken")
    return _one(
        request, qs, organisation_id, lambda items: serializers.organisations(items, request)
    )


def _services(request, gemeente, wijk, category, locale) -> QuerySet:
    qs = _area_filter(
        request, by_locale(in_region(visible_services(), request), locale), gemeente, wijk
    )
    if category is not None:
        _check_category(category)
        qs = qs.filter(pk__in=qs.model.objects.filter(categories=category).values("pk"))
    return serializers.with_relations(qs, "wijken", "categories", "target_groups")


@router.get("/services", response={200: schemas.ServiceList, **ERRORS}, tags=["sociale kaart"])
@strict_params
def list_services(
    request: HttpRequest,
    gemeente: int | None = IdFilter,
    wijk: int | None = IdFilter,
    category: int | None = IdFilter,
    limit: int = Limit,
    offset: int = Offset,
    locale: LocaleCode | None = Locale,
):
    """Services (sociale kaart), optionally in a gemeente or wijk, or of a category."""
    qs = _services(request, gemeente, wijk, category, locale).order_by("title", "pk")
    return _listing(request, qs, limit, offset, lambda items: serializers.services(items, request))


@router.get(
    "/services/{service_id}", response={200: schemas.Service, **ERRORS}, tags=["sociale kaart"]
)
@strict_params
def get_service(request: HttpRequest, service_id: int = Path(..., ge=1, le=MAX_ID)):
    """One service."""
    qs = _services(request, None, None, None, None)
    return _one(request, qs, service_id, lambda items: serializers.services(items, request))


# --- activities ------------------------------------------------------------------------------


def spanning(qs: QuerySet, window: tuple[datetime.datetime, datetime.datetime]) -> QuerySet:
    """Activities whose schedule spans the window: started before its end, not over before it."""
    begin, finish = window
    single = Q(recurrence="") & Q(end__gt=begin)
    series = ~Q(recurrence="") & (Q(series_end__isnull=True) | Q(series_end__gte=begin.date()))
    return qs.filter(Q(start__lt=finish) & (single | series))


def _activities(request, gemeente, wijk, category, locale) -> QuerySet:
    qs = _area_filter(
        request, by_locale(in_region(visible_activities(), request), locale), gemeente, wijk
    )
    if category is not None:
        _check_category(category)
        qs = qs.filter(pk__in=ActivityPage.objects.filter(categories=category).values("pk"))
    return serializers.with_relations(
        qs, "wijken", "categories", "target_groups", "exception_dates"
    )


@router.get("/activities", response={200: schemas.ActivityList, **ERRORS}, tags=["activities"])
@strict_params
def list_activities(
    request: HttpRequest,
    start: datetime.date | None = Query(
        None, description="First day of the window (default today)"
    ),
    end: datetime.date | None = Query(
        None, description="Last day of the window (default start + 30 days; at most 366 days)"
    ),
    gemeente: int | None = IdFilter,
    wijk: int | None = IdFilter,
    category: int | None = IdFilter,
    limit: int = Limit,
    offset: int = Offset,
    locale: LocaleCode | None = Locale,
):
    """Activities whose schedule spans the window, each with its occurrences in it (RRULE
    expanded in Europe/Amsterdam, exception dates left out)."""
    window = date_window(start, end)
    qs = spanning(_activities(request, gemeente, wijk, category, locale), window).order_by(
        "title", "pk"
    )
    return _listing(
        request, qs, limit, offset, lambda items: serializers.activities(items, request, window)
    )


@router.get(
    "/activities/{activity_id}", response={200: schemas.Activity, **ERRORS}, tags=["activities"]
)
@strict_params
def get_activity(
    request: HttpRequest,
    activity_id: int = Path(..., ge=1, le=MAX_ID),
    start: datetime.date | None = Query(None),
    end: datetime.date | None = Query(None),
):
    """One activity with its occurrences in the window (default: the next 31 days)."""
    window = date_window(start, end)
    qs = _activities(request, None, None, None, None)
    return _one(
        request, qs, activity_id, lambda items: serializers.activities(items, request, window)
    )


# --- ontwikkelingen and vraag en aanbod -------------------------------------------------------


def _ontwikkelingen(request) -> QuerySet:
    qs = public_pages(in_region(OntwikkelingPage.objects.all(), request))
    return qs.select_related("locale")


@router.get(
    "/ontwikkelingen", response={200: schemas.OntwikkelingList, **ERRORS}, tags=["ontwikkelingen"]
)
@strict_params
def list_ontwikkelingen(
    request: HttpRequest,
    gemeente: int | None = IdFilter,
    since: datetime.date | None = Query(None, description="Only items dated on or after"),
    limit: int = Limit,
    offset: int = Offset,
    locale: LocaleCode | None = Locale,
):
    """A gemeente's news and developments, newest first."""
    qs = by_locale(_ontwikkelingen(request), locale)
    if gemeente is not None:
        parent = in_region(visible_gemeenten(), request).filter(pk=gemeente).first()
        if parent is None:
            raise HttpError(400, f"Unknown gemeente: {gemeente}")
        qs = qs.descendant_of(parent)
    if since is not None:
        qs = qs.filter(date__gte=since)
    qs = qs.order_by("-date", "-pk")
    return _listing(
        request, qs, limit, offset, lambda items: serializers.ontwikkelingen(items, request)
    )


@router.get(
    "/ontwikkelingen/{ontwikkeling_id}",
    response={200: schemas.Ontwikkeling, **ERRORS},
    tags=["ontwikkelingen"],
)
@strict_params
def get_ontwikkeling(request: HttpRequest, ontwikkeling_id: int = Path(..., ge=1, le=MAX_ID)):
    """One ontwikkeling."""
    return _one(
        request,
        _ontwikkelingen(request),
        ontwikkeling_id,
        lambda items: serializers.ontwikkelingen(items, request),
    )


def _marketplace(request, visible: QuerySet, gemeente, wijk, category, locale) -> QuerySet:
    qs = by_locale(in_region(visible, request), locale)
    if gemeente is not None:
        qs = qs.filter(wijk__in=_gemeente_wijken(request, gemeente))
    if wijk is not None:
        _check_wijk(request, wijk)
        qs = qs.filter(wijk=wijk)
    if category is not None:
        _check_category(category)
        qs = qs.filter(category=category)
    return qs.select_related("locale", "wijk", "category").order_by("-first_published_at", "-pk")


def _marketplace_endpoints(name: str, visible, label: str) -> None:
    """Register the list and detail endpoints of requests or offers."""

    @router.get(
        f"/{name}",
        response={200: schemas.MarketplaceItemList, **ERRORS},
        tags=["vraag en aanbod"],
        operation_id=f"list_{name}",
        summary=f"List {name}",
    )
    @strict_params
    def listing(
        request: HttpRequest,
        gemeente: int | None = IdFilter,
        wijk: int | None = IdFilter,
        category: int | None = IdFilter,
        limit: int = Limit,
        offset: int = Offset,
        locale: LocaleCode | None = Locale,
    ):
        qs = _marketplace(request, visible(), gemeente, wijk, category, locale)
        return _listing(
            request, qs, limit, offset, lambda items: serializers.marketplace_items(items, request)
        )

    listing.__doc__ = f"Open {label}: public fields only (no names, e-mail addresses or phones)."

    @router.get(
        f"/{name}/{{item_id}}",
        response={200: schemas.MarketplaceItem, **ERRORS},
        tags=["vraag en aanbod"],
        operation_id=f"get_{name}",
        summary=f"Get one of the {name}",
    )
    @strict_params
    def detail(request: HttpRequest, item_id: int = Path(..., ge=1, le=MAX_ID)):
        qs = _marketplace(request, visible(), None, None, None, None)
        return _one(
            request, qs, item_id, lambda items: serializers.marketplace_items(items, request)
        )


_marketplace_endpoints("requests", visible_requests, "requests for help (vraag)")
_marketplace_endpoints("offers", visible_offers, "offers of help (aanbod)")


# --- taxonomy and search --------------------------------------------------------------------


@router.get("/categories", response={200: schemas.CategoryList, **ERRORS}, tags=["taxonomy"])
@strict_params
def list_categories(
    request: HttpRequest,
    limit: int = Limit,
    offset: int = Offset,
    locale: LocaleCode | None = Locale,
):
    """Categories (thema's) to filter services, activities and vraag en aanbod by."""
    qs = CategoryModel.objects.select_related("locale").order_by("name", "pk")
    if locale:
        qs = qs.filter(locale__language_code=locale)
    items, paging = page_of(request, qs, limit, offset)
    results = [
        {
            "id": c.pk,
            "name": c.name,
            "slug": c.slug,
            "description": c.description,
            "locale": c.locale.language_code,
        }
        for c in items
    ]
    return {**paging, "results": results}


@router.get("/search", response={200: schemas.SearchResults, **ERRORS}, tags=["search"])
@strict_params
def search(
    request: HttpRequest,
    q: str = Query(
        ...,
        min_length=1,
        max_length=200,
        description="What to look for (Dutch word forms and typos are understood)",
    ),
    gemeente: int | None = IdFilter,
    wijk: int | None = IdFilter,
    category: int | None = IdFilter,
    type: str | None = Query(None, max_length=40, description="Page type, e.g. activity, service"),
    page: int = Query(1, ge=1, le=1000),
    page_size: int = Query(DEFAULT_LIMIT, ge=1, le=50),
):
    """The portal search: the same results as the site search, for this region."""
    site = Site.find_for_request(request)
    filters = {"gemeente": gemeente, "wijk": wijk, "categorie": category, "type": type}
    outcome = search_portal(
        site, q, {k: v for k, v in filters.items() if v is not None}, page=page, page_size=page_size
    )
    ignored = {k for k, v in filters.items() if v is not None} - set(outcome.filters)
    if ignored:
        raise HttpError(400, f"Unknown value for: {', '.join(sorted(ignored))}")
    pages = Page.objects.in_bulk([h.page_id for h in outcome.hits])
    results = [
        {
            "id": h.page_id,
            "title": h.title,
            "type": h.page_type,
            "url": page_url(pages[h.page_id], request) if h.page_id in pages else None,
            "snippet": str(h.snippet_html),
        }
        for h in outcome.hits
    ]
    facets = {
        name: [{"value": v.value, "label": v.label, "count": v.count} for v in values]
        for name, values in outcome.facets.items()
    }
    return {
        "query": outcome.query,
        "count": outcome.total,
        "page": outcome.page,
        "num_pages": outcome.num_pages,
        "results": results,
        "facets": facets,
        "messages": [str(m) for m in outcome.messages],
    }
