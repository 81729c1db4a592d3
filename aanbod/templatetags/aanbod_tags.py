"""Template tags through which region, gemeente and wijk pages list what aanbod offers.

Pages of the apps below (home, wijken) list activities, services, organisations and vraag en
aanbod through these tags, so those apps never import aanbod. Each tag runs a fixed number of
queries, whatever the number of items.
"""

from django import template

from wagtail.models import Page

from aanbod.agenda import occurrences as agenda_module
from aanbod.visibility import (
    upcoming_activities,
    visible_offers,
    visible_organisations,
    visible_requests,
    visible_services,
)
from home.images import listing_image_prefetch

register = template.Library()


def _in_wijk(queryset, wijk):
    """Rows tied to this wijk (a subquery, so no duplicate rows)."""
    return queryset.filter(pk__in=queryset.model.objects.filter(wijken=wijk).values("pk"))


@register.simple_tag
def wijk_activities(wijk, limit: int = 50):
    """Upcoming activities tied to this wijk."""
    return _in_wijk(upcoming_activities(), wijk).order_by("title")[:limit]


@register.simple_tag
def wijk_services(wijk, limit: int = 50):
    """Services tied to this wijk, with their categories."""
    services = _in_wijk(visible_services(), wijk).prefetch_related(
        "categories", listing_image_prefetch()
    )
    return services.order_by("title")[:limit]


@register.simple_tag
def wijk_organisations(wijk, limit: int = 50):
    """Organisations serving this wijk, with their listing images."""
    organisations = _in_wijk(visible_organisations(), wijk).prefetch_related(
        listing_image_prefetch()
    )
    return organisations.order_by("title")[:limit]


@register.simple_tag
def area_organisations(area, limit: int = 50):
    """Organisations serving a wijk, or any visible wijk of a gemeente."""
    from wijken.models import GemeentePage
    from wijken.rollout import visible_wijken

    if not isinstance(area, GemeentePage):
        return wijk_organisations(area, limit)
    organisations = visible_organisations()
    tied = organisations.model.objects.filter(wijken__in=visible_wijken().child_of(area))
    organisations = organisations.filter(pk__in=tied.values("pk"))
    return organisations.prefetch_related(listing_image_prefetch()).order_by("title")[:limit]


def _marketplace(requests, offers, limit: int) -> dict:
    order = ("-first_published_at", "-pk")
    related = ("wijk", "category")
    return {
        "requests": list(requests.select_related(*related).order_by(*order)[:limit]),
        "offers": list(offers.select_related(*related).order_by(*order)[:limit]),
    }


@register.simple_tag
def wijk_marketplace(wijk, limit: int = 20):
    """Open requests and offers in this wijk, newest first."""
    return _marketplace(
        visible_requests().filter(wijk=wijk), visible_offers().filter(wijk=wijk), limit
    )


@register.simple_tag
def area_marketplace(area: Page, limit: int = 6):
    """Open requests and offers below a gemeente or a region, newest first."""
    return _marketplace(
        visible_requests().descendant_of(area), visible_offers().descendant_of(area), limit
    )


@register.simple_tag
def region_activities(region, limit: int = 6):
    """The next occurrences in a region (a HomePage): one line per activity, soonest first."""
    activities = upcoming_activities().descendant_of(region)
    return agenda_module.next_per_activity(activities, limit)


THIS_WEEK_ROWS = 20  # "deze week" on a wijk page; the agenda has the rest


@register.simple_tag
def this_week(area, limit: int = THIS_WEEK_ROWS):
    """ "Deze week in de wijk": the next seven days' first occurrences, by day (``WeekPreview``)."""
    return agenda_module.this_week(area, limit=limit)


@register.simple_tag(takes_context=True)
def area_agenda(context, area):
    """The agenda of a gemeente or wijk for the request's GET parameters."""
    request = context["request"]
    return agenda_module.build_agenda(area, request.GET, request.GET.get("pagina"))


@register.simple_tag
def marketplace_of(gemeente):
    """The gemeente's "Vraag en aanbod" page (where residents post), or None."""
    from aanbod.models import MarketplacePage

    return MarketplacePage.objects.child_of(gemeente).live().first()
