"""Absolute links for pages, mails, feeds, APIs and partner sites: one rule for every host.

In production the region's configured site (Wagtail ``Site``: host name and port) wins, whatever
host a request came in on, so the sitemap, canonical links, Open Graph, JSON-LD, the APIs, the
iCal and RSS feeds and the mails all name the same address. In development
(``WIJKPORTAAL_LINKS_AS_SERVED = True``, as in ``cms.settings.dev``) links are built from the
request instead, so they work on the host and port the demo is served on.
"""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site


def links_as_served() -> bool:
    """Whether links follow the request's host (development) instead of the configured site."""
    return bool(getattr(settings, "WIJKPORTAAL_LINKS_AS_SERVED", False))


def _as_served(request, host: str | None = None) -> str:
    """The request's scheme and port, on ``host`` (another site's) or the request's own host."""
    asked = request.get_host()
    name, _, port = asked.rpartition(":") if asked.count(":") == 1 else (asked, "", "")
    return f"{request.scheme}://{host or name}{':' + port if port else ''}"


def site_root(request=None, page=None, parts=None) -> str:
    """``scheme://host[:port]`` that links should start with, by the one rule above.

    ``parts`` are the page's ``get_url_parts`` when the caller has them already.
    """
    if parts is None and page is not None:
        parts = page.get_url_parts(request)
    if request is not None and links_as_served():
        own_site = Site.find_for_request(request)
        if parts and parts[1] and (own_site is None or own_site.pk != parts[0]):
            return _as_served(request, urlsplit(parts[1]).hostname)
        return _as_served(request)
    if parts and parts[1]:
        return parts[1]
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        return site.root_url
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url: str, request=None, page=None, page_parts=None) -> str:
    """An absolute URL for a path (or an already absolute URL, moved onto the rule's host)."""
    if not url:
        url = "/"
    parts = urlsplit(url)
    if parts.scheme:
        if request is None or not links_as_served() or not _is_ours(parts.hostname):
            return url
        return _as_served(request, parts.hostname) + _path_of(parts)
    return site_root(request, page, page_parts) + _path_of(parts)


def _is_ours(hostname: str | None) -> bool:
    """Whether a host name is one of the portal's configured sites (not a partner's site)."""
    return any(urlsplit(p.root_url).hostname == hostname for p in Site.get_site_root_paths())


def _path_of(parts) -> str:
    """Path, query and fragment of a split URL, starting with a slash."""
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    path += f"#{parts.fragment}" if parts.fragment else ""
    return path if path.startswith("/") else "/" + path


def page_url(page, request=None, subpath: str = "", parts=None) -> str:
    """The page's absolute URL by the one rule, with an optional subpath.

    ``parts`` are the page's ``get_url_parts`` when the caller has them already.
    """
    parts = parts if parts is not None else page.get_url_parts(request)
    if parts is None:
        return ""
    base = absolute_url(parts[2], request, page, parts)
    if not subpath:
        return base
    return base.rstrip("/") + "/" + subpath.lstrip("/")


def admin_url(path: str) -> str:
    """An absolute link into the admin (``WAGTAILADMIN_BASE_URL`` + path), for editors' mails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
