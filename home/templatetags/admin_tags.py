"""Template tags of the admin's own screens: the region a login page is for, initials."""

from django import template

from home.regions import region_root

register = template.Library()


@register.simple_tag(takes_context=True)
def admin_region_name(context) -> str:
    """The name of the region whose host name the admin was opened on ('' when none)."""
    request = context.get("request")
    root = region_root(request) if request is not None else None
    if root is None:
        return ""
    return getattr(root.specific, "region_name", "") or root.title
