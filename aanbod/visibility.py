"""The querysets every listing, search, feed and API endpoint reads through.

They apply the rollout rule (wijken.rollout) and the marketplace rules (open, unexpired),
so no entry point can show more than another. For today they read the stored answer
(``wijken.visibility_store``: one row per visible page, recomputed from the rule below on every
change); for any other date, and when recomputing, they evaluate the rule from scratch.
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
from wijken.visibility_store import stored_visible, use_stored


def visible_organisations(on=None) -> QuerySet:
    """Live organisations serving a visible wijk, or the whole region."""
    if use_stored(on):
        return stored_visible(OrganisationPage.objects.all(), on)
    return filter_by_wijken(OrganisationPage.objects.live().public(), on=on)


def visible_services(on=None) -> QuerySet:
    """Live services tied to a visible wijk, or region-wide."""
    if use_stored(on):
        return stored_visible(ServicePage.objects.all(), on)
    return filter_by_wijken(ServicePage.objects.live().public(), on=on)


def visible_activities(on=None) -> QuerySet:
    """Live activities tied to a visible wijk, or region-wide."""
    if use_stored(on):
        return stored_visible(ActivityPage.objects.all(), on)
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
    if use_stored(on):
        return stored_visible(model.objects.all(), on)
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
    if use_stored(on):
        return stored_visible(queryset, on)
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
