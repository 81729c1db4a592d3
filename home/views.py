"""The region's colours as a small stylesheet, so that pages need no inline style (CSP)."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from .models import BrandingSettings

DEFAULT_PRIMARY = "#1f4e79"
DEFAULT_ACCENT = "#a33a00"
MAX_AGE = 60 * 60 * 24 * 365  # the link carries the colours as its version


def branding_colours(request: HttpRequest) -> tuple[str, str]:
    """The primary and accent colour of the request's region (validated hex codes)."""
    branding = BrandingSettings.for_request(request)
    return (
        branding.primary_colour or DEFAULT_PRIMARY,
        branding.accent_colour or DEFAULT_ACCENT,
    )


@require_safe
def branding_css(request: HttpRequest) -> HttpResponse:
    """``/huisstijl.css``: ``--wp-primary`` and ``--wp-accent`` for the region of this host."""
    primary, accent = branding_colours(request)
    css = f":root {{ --wp-primary: {primary}; --wp-accent: {accent}; }}\n"
    response = HttpResponse(css, content_type="text/css; charset=utf-8")
    response["Cache-Control"] = f"public, max-age={MAX_AGE}, immutable"
    return response
