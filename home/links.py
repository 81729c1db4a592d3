"""Absolute links for mails, feeds and partner sites: one helper for pages, one for the admin."""

from django.conf import settings


def page_url(page, request=None, subpath: str = "") -> str:
    """The page's absolute URL (on the request's host when known), with an optional subpath."""
    if request is not None:
        base = request.build_absolute_uri(page.get_url(request) or "/")
    else:
        base = page.get_full_url()
    if not subpath:
        return base
    return base.rstrip("/") + "/" + subpath.lstrip("/")


def admin_url(path: str) -> str:
    """An absolute link into the admin (``WAGTAILADMIN_BASE_URL`` + path), for editors' mails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
