"""Template tags of the portal's frame: region home, structured data, Open Graph, breadcrumbs."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from home.images import listing_img
from home.links import absolute_url, page_url
from home.regions import region_root

register = template.Library()

# The characters that could end a <script> element or open a comment inside it.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _request(context):
    return context.get("request")


@register.simple_tag(takes_context=True)
def region_home(context):
    """The root page of the request's region (Site), in the current language when translated."""
    request = _request(context)
    root = region_root(request) if request is not None else None
    if root is None:
        return None
    localized = getattr(root, "localized", root)
    return localized if localized.live else root


@register.simple_tag(takes_context=True)
def json_ld(context, page=None) -> str:
    """``<script type="application/ld+json">`` blocks: the page's own data and its breadcrumbs."""
    page = page or context.get("page")
    request = _request(context)
    if not isinstance(page, Page):
        return ""
    blocks = []
    own = getattr(page, "get_json_ld", None)
    if own is not None:
        data = own(request)
        if data:
            blocks.append(data)
    crumbs = breadcrumb_json_ld(page, request)
    if crumbs:
        blocks.append(crumbs)
    return mark_safe(
        "".join(
            '<script type="application/ld+json">'
            + json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False).translate(
                _JSON_SCRIPT_ESCAPES
            )
            + "</script>"
            for data in blocks
        )
    )


def _ancestors_below_root(page: Page) -> list[Page]:
    """The page's ancestors below the tree root, read once per page instance (one query)."""
    cached = page.__dict__.get("_portal_ancestors")
    if cached is None:
        cached = [p for p in page.get_ancestors() if p.depth > 1]
        page.__dict__["_portal_ancestors"] = cached
    return cached


def breadcrumb_json_ld(page: Page, request=None) -> dict | None:
    """A schema.org BreadcrumbList from the region home down to the page."""
    ancestors = _ancestors_below_root(page)
    if not ancestors:
        return None
    items = [*ancestors, page]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": item.title,
                "item": page_url(item, request),
            }
            for position, item in enumerate(items, start=1)
        ],
    }


OG_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


@register.simple_tag(takes_context=True)
def open_graph(context, page=None) -> str:
    """Open Graph meta tags (title, description, url, type, site name, locale, image)."""
    page = page or context.get("page")
    request = _request(context)
    if not isinstance(page, Page):
        return ""
    site_name = ""
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        site_name = site.site_name or ""
    description = page.search_description or _plain(getattr(page, "intro", "") or "")
    og_type = getattr(page, "og_type", "website")
    tags = [
        ("og:title", page.seo_title or page.title),
        ("og:type", og_type),
        ("og:url", page_url(page, request)),
        ("og:site_name", site_name),
        ("og:locale", OG_LOCALES.get((get_language() or "nl")[:2], "nl_NL")),
        ("og:description", description[:300]),
    ]
    image_url = _image_url(page, request)
    if image_url:
        tags.append(("og:image", image_url))
        tags.append(("og:image:alt", getattr(page, "listing_image_alt_text", "")))
    html = "".join(
        str(format_html('<meta property="{}" content="{}">', name, value))
        for name, value in tags
        if value
    )
    return mark_safe(html)


def _plain(text: str) -> str:
    from django.utils.html import strip_tags

    return " ".join(strip_tags(str(text)).split())


def _image_url(page: Page, request=None) -> str:
    image = getattr(page, "listing_image", None) or getattr(page, "logo", None)
    if image is None:
        return ""
    rendition = image.get_rendition("fill-1200x630")
    url = rendition.url
    if url.startswith("/") and request is not None:
        url = absolute_url(url, request)
    return url


@register.simple_tag
def listing_image(page, size: str = "card"):
    """The page's listing image as a responsive, lazily loaded ``<img>`` (see home.images)."""
    return listing_img(page, size)


@register.filter
def breadcrumb_ancestors(page: Page):
    """The page's ancestors below the tree root, for the visible breadcrumbs."""
    return _ancestors_below_root(page)


@register.simple_tag
def live_translations(page) -> list[Page]:
    """The page's live translations with their locales (one query), for the language switch."""
    if not isinstance(page, Page) or page.pk is None:
        return []
    return list(page.get_translations().live().select_related("locale"))


@register.simple_tag(takes_context=True)
def meta_description(context, page=None) -> str:
    """A page's description for search engines: its own, its intro, or one made from its title."""
    page = page or context.get("page")
    if isinstance(page, Page):
        own = page.search_description or _plain(getattr(page, "intro", "") or "")
        if own:
            return own[:300]
        return _("%(title)s: informatie over je wijk op %(site)s.") % {
            "title": page.title,
            "site": _site_name(context),
        }
    return _("Wat er te doen en te vinden is in je wijk, op %(site)s.") % {
        "site": _site_name(context)
    }


def _site_name(context) -> str:
    request = _request(context)
    site = Site.find_for_request(request) if request is not None else None
    return (site.site_name if site is not None else "") or "Wijkportaal"


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None) -> str:
    """The page's canonical address by the one link rule (``home.links``), or ``""``."""
    page = page or context.get("page")
    if not isinstance(page, Page):
        return ""
    return page_url(page, _request(context))


@register.simple_tag(takes_context=True)
def site_link(context, path: str) -> str:
    """An absolute link to a path on this site, by the one link rule (robots.txt, feeds)."""
    return absolute_url(path, _request(context))
