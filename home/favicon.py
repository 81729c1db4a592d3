"""The portal's favicon, per region: its logo when it has one, else its colour with a "W".

``/favicon.svg`` for browsers that take SVG and ``/favicon.ico`` for the rest (and for the
browsers and crawlers that ask for that address whatever the page says).
"""

import io

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.html import escape
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.models import Site

from PIL import Image, ImageDraw, ImageFont

from home.models import BrandingSettings

DEFAULT_COLOUR = "#1f4e79"
ICON_SIZES = [(16, 16), (32, 32), (48, 48)]
SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">\
<rect width="64" height="64" rx="12" fill="{colour}"/>\
<text x="32" y="46" font-family="sans-serif" font-size="40" font-weight="700" \
text-anchor="middle" fill="#ffffff">W</text></svg>"""


def _branding(request: HttpRequest) -> BrandingSettings | None:
    site = Site.find_for_request(request)
    return BrandingSettings.for_site(site) if site is not None else None


def _colour(branding: BrandingSettings | None) -> str:
    return (branding.primary_colour if branding else "") or DEFAULT_COLOUR


def _drawn_icon(colour: str) -> Image.Image:
    """A rounded square in the region's colour with a white W."""
    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 63, 63), radius=12, fill=colour)
    font = ImageFont.load_default(size=44)
    draw.text((32, 34), "W", font=font, fill="#ffffff", anchor="mm")
    return image


def _logo_icon(branding: BrandingSettings) -> Image.Image:
    """The region's logo, fitted on a square."""
    rendition = branding.logo.get_rendition("max-64x64")
    with rendition.file.open("rb") as handle:
        logo = Image.open(handle).convert("RGBA")
    square = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    square.paste(logo, ((64 - logo.width) // 2, (64 - logo.height) // 2))
    return square


def _ico_bytes(branding: BrandingSettings | None) -> bytes:
    image = _logo_icon(branding) if branding and branding.logo else _drawn_icon(_colour(branding))
    buffer = io.BytesIO()
    image.save(buffer, format="ICO", sizes=ICON_SIZES)
    return buffer.getvalue()


@require_safe
@cache_control(public=True, max_age=86400)
def favicon_ico(request: HttpRequest) -> HttpResponse:
    """``/favicon.ico``: the region's logo or its coloured W, as an ICO in three sizes."""
    branding = _branding(request)
    key = f"favicon:{branding.pk if branding else 0}:{_colour(branding)}"
    key += f":{branding.logo_id}" if branding else ""
    body = cache.get(key)
    if body is None:
        body = _ico_bytes(branding)
        cache.set(key, body, 86400)
    return HttpResponse(body, content_type="image/x-icon")


@require_safe
@cache_control(public=True, max_age=86400)
def favicon_svg(request: HttpRequest) -> HttpResponse:
    """``/favicon.svg``: the region's colour with a white W (scales to any size)."""
    colour = escape(_colour(_branding(request)))
    return HttpResponse(SVG.format(colour=colour), content_type="image/svg+xml")
