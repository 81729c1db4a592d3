"""Template tags through which the region's home page lists its gemeenten."""

from django import template

from ..models import GemeentePage

register = template.Library()


@register.simple_tag
def region_gemeenten(region):
    """All live gemeenten of a region, visible or coming soon (the template tells them apart)."""
    return GemeentePage.objects.child_of(region).live().public().order_by("title")
