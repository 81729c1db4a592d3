"""Absolute links for mails, feeds, APIs and partner sites: for any path, a page, the admin."""

from django.conf import settings


def absolute_url(url: str, request=None) -> str:
    """An absolute URL for a path on the request's host (unchanged without a request)."""
    if request is None or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


def page_url(page, request=None, subpath: str = "") -> str:
    """The page's absolute URL (on the request's host when known), with an optional subpath."""
    if request is not None:
        base = absolute_url(page.get_url(request) or "/", request)
    else:
        base = page.get_full_url()
    if not subpath:
        return base
    return base.rstrip("/") + "/" + subpath.lstrip("/")


def admin_url(path: str) -> str:
    """An absolute link into the admin (``WAGTAILADMIN_BASE_URL`` + path), for editors' mails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
