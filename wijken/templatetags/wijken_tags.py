"""Template tags through which pages list gemeenten, wijken and ontwikkelingen."""

from django import template

from home.images import listing_image_prefetch

from ..models import GemeentePage, OntwikkelingPage
from ..rollout import visible_gemeenten

register = template.Library()


@register.simple_tag
def region_gemeenten(region) -> list[GemeentePage]:
    """All live gemeenten of a region, visible or coming soon; ``visible_now`` tells them apart.

    Two queries whatever the number of gemeenten (not one visibility check per gemeente).
    """
    gemeenten = list(GemeentePage.objects.child_of(region).live().public().order_by("title"))
    visible = set(visible_gemeenten().child_of(region).values_list("pk", flat=True))
    for gemeente in gemeenten:
        gemeente.visible_now = gemeente.pk in visible
    return gemeenten


@register.simple_tag
def latest_ontwikkelingen(area, limit: int = 3):
    """The newest ontwikkelingen of the visible gemeenten below a region or of one gemeente."""
    items = OntwikkelingPage.objects.live().public().descendant_of(area)
    paths = list(
        visible_gemeenten().descendant_of(area, inclusive=True).values_list("path", flat=True)
    )
    if not paths:
        return []
    visible = OntwikkelingPage.objects.none()
    for path in paths:
        visible = visible | items.filter(path__startswith=path)
    newest = visible.order_by("-date", "-pk").prefetch_related(listing_image_prefetch())
    return list(newest[:limit])


@register.simple_tag
def ontwikkelingen_index(gemeente):
    """The gemeente's "Ontwikkelingen" page, or None."""
    from ..models import OntwikkelingIndexPage

    return OntwikkelingIndexPage.objects.child_of(gemeente).live().first()
