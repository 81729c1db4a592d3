"""Template tags through which region, gemeente and wijk pages list what aanbod offers."""

from django import template

from ..visibility import (
    upcoming_activities,
    visible_offers,
    visible_organisations,
    visible_requests,
    visible_services,
)

register = template.Library()


@register.simple_tag
def wijk_activities(wijk, limit: int = 50):
    """Upcoming activities tied to this wijk."""
    return upcoming_activities().filter(wijken=wijk).order_by("title")[:limit]


@register.simple_tag
def wijk_services(wijk, limit: int = 50):
    """Services tied to this wijk."""
    return visible_services().filter(wijken=wijk).order_by("title")[:limit]


@register.simple_tag
def wijk_organisations(wijk, limit: int = 50):
    """Organisations serving this wijk."""
    return visible_organisations().filter(wijken=wijk).order_by("title")[:limit]


@register.simple_tag
def wijk_marketplace(wijk, limit: int = 20):
    """Open requests and offers in this wijk."""
    return {
        "requests": visible_requests().filter(wijk=wijk).order_by("-first_published_at")[:limit],
        "offers": visible_offers().filter(wijk=wijk).order_by("-first_published_at")[:limit],
    }


@register.simple_tag
def region_activities(region, limit: int = 6):
    """Upcoming activities in a region (a HomePage)."""
    return upcoming_activities().descendant_of(region).order_by("title")[:limit]
