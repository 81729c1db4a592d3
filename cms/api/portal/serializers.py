"""Pages into the portal API's JSON shapes, a batch at a time (queries per batch)."""

import datetime

from django.db.models import Prefetch, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from aanbod.agenda.occurrences import occurrences_by_activity
from aanbod.models import ActivityPage, OrganisationPage, ServicePage
from home.images import API_SPECS, listing_image_representation, prefetch_listing_images
from home.links import page_url
from wijken.models import GemeentePage, WijkPage
from wijken.rollout import visible_wijken

from .common import ancestors_by_path, parents_by_path, ref, refs, term, terms


def visible_wijken_prefetch(on=None) -> Prefetch:
    """Prefetch of a page's wijken, leaving out hidden ones (their names are not public)."""
    return Prefetch("wijken", queryset=visible_wijken(on).only("id", "title", "slug"))


def local(moment: datetime.datetime | None) -> datetime.datetime | None:
    """A moment in Europe/Amsterdam time (with its UTC offset), as partners expect."""
    return timezone.localtime(moment) if moment else None


def contact(page) -> dict:
    """Public contact block."""
    return {"phone": page.phone, "email": page.email, "website": page.website}


def base(page, request: HttpRequest) -> dict:
    """Fields every page shape starts with."""
    return {
        "id": page.pk,
        "title": page.title,
        "slug": page.slug,
        "url": page_url(page, request),
        "locale": page.locale.language_code,
    }


def gemeenten(pages: list[GemeentePage], request: HttpRequest, on=None) -> list[dict]:
    """Gemeenten with their visible wijken."""
    by_parent: dict[str, list] = {}
    if pages:
        below = Q()
        for page in pages:
            below |= Q(path__startswith=page.path)
        wijk_rows = visible_wijken(on).filter(below, depth=pages[0].depth + 1)
        for wijk in wijk_rows.only("id", "title", "slug", "path"):
            by_parent.setdefault(wijk.path[: -WijkPage.steplen], []).append(wijk)
    return [
        {
            **base(g, request),
            "phase": g.effective_phase_value,
            "pilot_date": g.pilot_date,
            "live_date": g.live_date,
            "cbs_code": g.cbs_code,
            "contact": contact(g),
            "wijken": refs(by_parent.get(g.path, [])),
        }
        for g in pages
    ]


def wijken(pages: list[WijkPage], request: HttpRequest) -> list[dict]:
    """Wijken with their gemeente, phase, postcodes and wijkteam."""
    parents = parents_by_path(GemeentePage, pages)
    return [
        {
            **base(w, request),
            "gemeente": ref(parents.get(w.path[: -w.steplen])),
            "phase": w.effective_phase_value,
            "pilot_date": w.pilot_date,
            "live_date": w.live_date,
            "postcodes": w.postcode_list,
            "wijkteam": {
                "name": w.wijkteam_name,
                "address": w.wijkteam_address,
                "hours": w.wijkteam_hours,
                **contact(w),
            },
        }
        for w in pages
    ]


def address(page) -> dict:
    """Address block."""
    return {"street": page.street, "postcode": page.postcode, "city": page.city}


def organisations(pages: list[OrganisationPage], request: HttpRequest) -> list[dict]:
    """Organisations with address, contact and the visible wijken they serve."""
    prefetch_listing_images(pages, API_SPECS)
    return [
        {
            **base(o, request),
            "kind": o.kind,
            "intro": o.intro,
            "image": listing_image_representation(o, request),
            "address": address(o),
            "contact": contact(o),
            "wijken": refs(o.wijken.all()),
        }
        for o in pages
    ]


def services(pages: list[ServicePage], request: HttpRequest) -> list[dict]:
    """Services with their organisation, categories, target groups and wijken."""
    parents = parents_by_path(OrganisationPage, pages)
    prefetch_listing_images(pages, API_SPECS)
    return [
        {
            **base(s, request),
            "intro": s.intro,
            "image": listing_image_representation(s, request),
            "organisation": ref(parents.get(s.path[: -s.steplen])),
            "categories": terms(s.categories.all()),
            "target_groups": terms(s.target_groups.all()),
            "wijken": refs(s.wijken.all()),
            "audience": s.audience,
            "cost": s.cost,
            "how_to_apply": s.how_to_apply,
            "opening_hours": s.opening_hours,
        }
        for s in pages
    ]


def activities(
    pages: list[ActivityPage],
    request: HttpRequest,
    window: tuple[datetime.datetime, datetime.datetime],
) -> list[dict]:
    """Activities with their schedule and the occurrences inside the window."""
    parents = parents_by_path(OrganisationPage, pages)
    occurrences_of = occurrences_by_activity(pages, window[0], window[1], per_activity=200)
    prefetch_listing_images(pages, API_SPECS)
    rows = []
    for a in pages:
        occurrences = occurrences_of[a.pk]
        rows.append(
            {
                **base(a, request),
                "intro": a.intro,
                "image": listing_image_representation(a, request),
                "organisation": ref(parents.get(a.path[: -a.steplen])),
                "location": {"name": a.location_name, **address(a)},
                "categories": terms(a.categories.all()),
                "target_groups": terms(a.target_groups.all()),
                "wijken": refs(a.wijken.all()),
                "cost": a.cost,
                "registration": a.registration,
                "registration_info": a.registration_info,
                "start": local(a.start),
                "end": local(a.end),
                "recurrence": a.recurrence,
                "series_end": a.series_end,
                "excluded_dates": a.excluded_dates,
                "occurrences": [
                    {"start": local(o.start), "end": local(o.end)} for o in occurrences
                ],
            }
        )
    return rows


def ontwikkelingen(pages: list, request: HttpRequest) -> list[dict]:
    """Ontwikkelingen with their gemeente (two levels up: index, gemeente)."""
    gemeente_of = ancestors_by_path(GemeentePage, pages, 2)
    prefetch_listing_images(pages, API_SPECS)
    return [
        {
            **base(o, request),
            "date": o.date,
            "intro": o.intro,
            "image": listing_image_representation(o, request),
            "gemeente": ref(gemeente_of.get(o.path[: -2 * o.steplen])),
        }
        for o in pages
    ]


def marketplace_items(pages: list, request: HttpRequest) -> list[dict]:
    """Requests or offers: public fields only; never a name, e-mail or phone."""
    gemeente_of = ancestors_by_path(GemeentePage, pages, 2)
    return [
        {
            **base(item, request),
            "category": term(item.category),
            "wijk": ref(item.wijk),
            "gemeente": ref(gemeente_of.get(item.path[: -2 * item.steplen])),
            "description": item.description,
            "when": item.when,
            "status": item.status,
            "expires_at": item.expires_at,
        }
        for item in pages
    ]


def with_relations(queryset: QuerySet, *names: str, on=None) -> QuerySet:
    """Select the locale and prefetch many-to-manys (wijken only the visible ones)."""
    queryset = queryset.select_related("locale")
    lookups = [visible_wijken_prefetch(on) if n == "wijken" else n for n in names]
    return queryset.prefetch_related(*lookups)
