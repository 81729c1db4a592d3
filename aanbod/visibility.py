"""The querysets every listing, search, feed and API endpoint reads through.

They apply the rollout rule (wijken.rollout) and the marketplace rules (open, unexpired),
so no entry point can show more than another.
"""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from aanbod.models import (
    ActivityPage,
    ItemStatus,
    OfferPage,
    OrganisationPage,
    RequestPage,
    ServicePage,
)
from wijken.rollout import exclude_hidden_areas, filter_by_wijk, filter_by_wijken


def visible_organisations(on=None) -> QuerySet:
    """Live organisations serving a visible wijk, or the whole region."""
    return filter_by_wijken(OrganisationPage.objects.live().public(), on=on)


def visible_services(on=None) -> QuerySet:
    """Live services tied to a visible wijk, or region-wide."""
    return filter_by_wijken(ServicePage.objects.live().public(), on=on)


def visible_activities(on=None) -> QuerySet:
    """Live activities tied to a visible wijk, or region-wide."""
    return filter_by_wijken(ActivityPage.objects.live().public(), on=on)


def upcoming_activities(on=None) -> QuerySet:
    """Visible activities whose series has not ended (occurrences still to come)."""
    today = on or timezone.localdate()
    now = (
        timezone.now()
        if on is None
        else datetime.datetime.combine(
            on, datetime.time.min, tzinfo=timezone.get_current_timezone()
        )
    )
    single_future = Q(recurrence="") & Q(end__gte=now)
    recurring_open = ~Q(recurrence="") & (Q(series_end__isnull=True) | Q(series_end__gte=today))
    return visible_activities(on).filter(single_future | recurring_open)


def visible_marketplace_items(model, on=None) -> QuerySet:
    """Open, unexpired requests or offers in a visible wijk of a visible gemeente."""
    today = on or timezone.localdate()
    items = model.objects.live().public().filter(status=ItemStatus.OPEN, hidden_after_reports=False)
    items = items.filter(Q(expires_at__isnull=True) | Q(expires_at__gte=today))
    return exclude_hidden_areas(filter_by_wijk(items, on=on), on=on)


def visible_requests(on=None) -> QuerySet:
    """Open requests the public may see."""
    return visible_marketplace_items(RequestPage, on)


def visible_offers(on=None) -> QuerySet:
    """Open offers the public may see."""
    return visible_marketplace_items(OfferPage, on)


def public_pages(queryset: QuerySet, on=None) -> QuerySet:
    """Any page queryset (mixed types) narrowed to what the public site shows."""
    queryset = exclude_hidden_areas(queryset.live().public(), on=on)
    typed = [
        (OrganisationPage, visible_organisations(on)),
        (ServicePage, visible_services(on)),
        (ActivityPage, visible_activities(on)),
        (RequestPage, visible_requests(on)),
        (OfferPage, visible_offers(on)),
    ]
    for model, visible in typed:
        hidden = model.objects.exclude(pk__in=visible.values("pk")).values("pk")
        queryset = queryset.exclude(pk__in=hidden)
    return queryset
