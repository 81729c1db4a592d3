"""The page cache: anonymous GETs of portal pages kept in Django's cache, with ETag and
Cache-Control for a proxy (Varnish, a CDN) in front, and the purge that keeps both current.

What is cached: a 200 ``text/html`` answer to a GET without a session or messages cookie that
sets no cookie, used no CSRF token (pages with forms stay uncached, so every visitor gets a
token of their own) and was not marked private by its view. The key is the region (Site), the
language, the path and the query without tracking parameters (sorted), plus two generations:
one of the path, one of the region. Purging bumps a generation, which drops every variant of
a path (``?pagina=2``) or the whole region at once; the old entries expire on their own.

A page expires at its next date-dependent change: code that renders something tied to a time
(an occurrence that ends, "deze week") calls ``note_change_at``; every page expires at the next
local midnight at the latest (dates: rollout, expiry, "vandaag") and after ``PAGE_CACHE_SECONDS``.

Cache errors (Redis down) count as a miss: logged, and the page comes from the database.
Purging the proxy goes through ``wagtail.contrib.frontend_cache`` (``WAGTAILFRONTENDCACHE``).
"""

import contextvars
import datetime
import hashlib
import logging
import re
import threading
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, Site

logger = logging.getLogger(__name__)

TRACKING_PARAMS = re.compile(r"^(utm_[a-z]+|gclid|dclid|fbclid|msclkid|mc_cid|mc_eid|_ga|_gl)$")
BYPASS_COOKIES = ("messages",)
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")
# Region-wide paths that list content: the search and its suggestions, for each language.
LISTING_URL_NAMES = ("search", "search_suggestions", "find_wijk", "widget_embed")

_pending = threading.local()  # the URLs to purge when the current transaction commits
_changes: contextvars.ContextVar[list | None] = contextvars.ContextVar("pagecache", default=None)


def note_change_at(moments: Iterable[datetime.datetime]) -> None:
    """Tell the page being rendered that what it shows changes at these moments."""
    found = _changes.get()
    if found is None:
        return
    now = timezone.now()
    future = [m for m in moments if m is not None and m > now]
    if future:
        found.append(min(future))


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def enabled() -> bool:
    """Whether the page cache is on (``PAGE_CACHE_SECONDS`` > 0)."""
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def purging() -> bool:
    """Whether anything needs purging: the page cache is on or a proxy is configured."""
    return enabled() or bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def normalised_query(query: str) -> str:
    """The query string without tracking parameters, its parameters sorted."""
    pairs = [
        (k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)
    ]
    return urlencode(sorted(pairs))


def _excluded(request: HttpRequest) -> bool:
    return re.match(settings.PAGE_CACHE_EXCLUDE, request.path_info) is not None


def may_use_cache(request: HttpRequest) -> bool:
    """An anonymous GET of a public path: may be answered from and stored in the cache."""
    if request.method != "GET" or not enabled() or _excluded(request):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = (settings.SESSION_COOKIE_NAME, *BYPASS_COOKIES)
    return not any(name in request.COOKIES for name in cookies)


def _site_id(request: HttpRequest) -> int | None:
    host = request.get_host().lower()
    key = f"pagecache:host:{host}"
    site_id = _cache().get(key)
    if site_id is None:
        site = Site.find_for_request(request)
        site_id = site.pk if site is not None else 0
        _cache().set(key, site_id, 300)
    return site_id or None


def _path_gen_key(site_id: int, path: str) -> str:
    return f"pagecache:gen:{site_id}:{hashlib.sha256(path.encode()).hexdigest()[:24]}"


def _site_gen_key(site_id: int) -> str:
    return f"pagecache:gen:{site_id}"


def cache_key(request: HttpRequest) -> str | None:
    """The key of this request's page: region, language, path, query, generations."""
    site_id = _site_id(request)
    if site_id is None:
        return None
    path = request.path_info
    gens = _cache().get_many([_site_gen_key(site_id), _path_gen_key(site_id, path)])
    parts = [
        str(site_id),
        request.get_host().lower(),  # absolute links in a page (Open Graph) name the host
        get_language_from_path(path) or settings.LANGUAGE_CODE,
        path,
        normalised_query(request.META.get("QUERY_STRING", "")),
        str(gens.get(_site_gen_key(site_id), 0)),
        str(gens.get(_path_gen_key(site_id, path), 0)),
    ]
    return "pagecache:page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def seconds_until_change(changes: list[datetime.datetime]) -> int:
    """Seconds until the page's next change: the first noted moment, midnight, or the cap."""
    now = timezone.now()
    local_now = timezone.localtime(now)
    midnight = timezone.make_aware(
        datetime.datetime.combine(local_now.date() + datetime.timedelta(days=1), datetime.time.min)
    )
    until = min([midnight, *changes])
    seconds = int((until - now).total_seconds())
    return max(0, min(seconds, settings.PAGE_CACHE_SECONDS))


def storable(request: HttpRequest, response: HttpResponse) -> bool:
    """A public page answer anyone may get: 200 HTML, no cookie set, no CSRF token, not private."""
    if response.status_code != 200 or response.streaming:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    control = response.get("Cache-Control", "")
    return not any(word in control for word in PRIVATE_DIRECTIVES)


def _cache_get(key: str):
    try:
        return _cache().get(key)
    except Exception:  # Redis down or a broken entry: a miss, never a 500
        logger.warning("page cache unavailable (read); serving from the database", exc_info=True)
        return None


def _cache_key_or_none(request: HttpRequest) -> str | None:
    try:
        return cache_key(request)
    except Exception:
        logger.warning("page cache unavailable (key); serving from the database", exc_info=True)
        return None


def _store(key: str, response: HttpResponse, seconds: int) -> None:
    headers = {
        name: value for name, value in response.headers.items() if name.lower() != "set-cookie"
    }
    stale_at = timezone.now().timestamp() + seconds
    try:
        _cache().set(key, (response.content, headers, stale_at), seconds)
    except Exception:
        logger.warning("page cache unavailable (write); not stored", exc_info=True)


def _fresh(stored) -> bool:
    """Whether a cache entry still holds: its own stale moment decides, not only the TTL.

    The cache server's clock (Redis) and its TTL rounding are not the portal's: an occurrence
    that ended at 12:00 must not be shown at 12:00:01 because the entry outlived it.
    """
    try:
        _content, _headers, stale_at = stored
    except (TypeError, ValueError):
        return False  # an entry of an older format: rebuild it
    return timezone.now().timestamp() < stale_at


def _rebuild(stored) -> HttpResponse:
    content, headers, stale_at = stored
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    seconds = max(0, int(stale_at - timezone.now().timestamp()))
    patch_cache_control(response, s_maxage=seconds)  # what is left, not what it was
    response["X-Page-Cache"] = "hit"
    return response


def _publicise(response: HttpResponse, seconds: int) -> None:
    """ETag, and Cache-Control that lets a shared cache keep the page until its next change."""
    response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    # Browsers revalidate every time (a purge cannot reach them); proxies keep it `seconds`.
    patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
    patch_vary_headers(response, ["Cookie"])


def _keep_private(request: HttpRequest, response: HttpResponse) -> None:
    """A page answer that must not be shared: no proxy may store it."""
    if response.has_header("Cache-Control") or _excluded(request):
        return
    if response.get("Content-Type", "").startswith("text/html"):
        patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ["Cookie"])


class PageCacheMiddleware:
    """Answers anonymous GETs of portal pages from the cache and fills it (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not may_use_cache(request):
            response = self.get_response(request)
            _keep_private(request, response)
            return response
        key = _cache_key_or_none(request)
        stored = _cache_get(key) if key else None
        if stored is not None and _fresh(stored):
            response = _rebuild(stored)
        else:
            token = _changes.set([])
            try:
                response = self.get_response(request)
                changes = _changes.get()
            finally:
                _changes.reset(token)
            if not storable(request, response):
                _keep_private(request, response)
                return response
            seconds = seconds_until_change(changes)
            _publicise(response, seconds)
            if key and seconds > 0:
                _store(key, response, seconds)
            response["X-Page-Cache"] = "miss"
        return get_conditional_response(request, etag=response["ETag"], response=response)


# Purging -----------------------------------------------------------------------------------


def _bump(key: str) -> None:
    try:
        _cache().incr(key)
    except ValueError:
        _cache().set(key, 1, None)


def purge_cached_urls(urls: Iterable[str]) -> None:
    """Drop these absolute URLs (every query variant) from the page cache and the proxy."""
    urls = sorted(set(urls))
    if not urls:
        return
    sites = {(s.hostname.lower(), s.port): s.pk for s in Site.objects.all()}
    for url in urls:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        site_id = sites.get(((parts.hostname or "").lower(), port))
        if site_id is None:
            continue
        try:
            if parts.path.endswith("*"):
                _bump(_site_gen_key(site_id))
            else:
                _bump(_path_gen_key(site_id, parts.path))
        except Exception:
            logger.warning("page cache unavailable (purge of %s)", url, exc_info=True)
    purge_urls_from_cache(urls)


def page_urls(page: Page) -> list[str]:
    """Every cached URL of a page and of its translations (``get_cached_paths`` below each)."""
    urls = []
    for translation_ in page.get_translations(inclusive=True).specific():
        full = translation_.get_full_url()
        if full:
            urls += [full + path.lstrip("/") for path in translation_.get_cached_paths()]
    return urls


def region_urls(page: Page) -> list[str]:
    """The wildcard URL (``<root>/*``) that purges the whole region (Site) of a page."""
    site = page.get_site()
    return [site.root_url + "/*"] if site is not None else []


def listing_urls(site: Site) -> list[str]:
    """The region-wide listings that are not pages (search, suggestions, find your wijk)."""
    urls = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls += [site.root_url + reverse(name) for name in LISTING_URL_NAMES]
    return urls


def purge_on_commit(urls: Iterable[str]) -> None:
    """Purge these URLs once the current transaction commits (at once outside one).

    URLs gathered during one transaction are purged together, each once: the first of the
    transaction's callbacks to run purges them all, the others find nothing left.
    """
    if not purging():
        return
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        purge_cached_urls(urls)
        return
    outermost = connection.atomic_blocks[0]
    if getattr(_pending, "owner", None) is not outermost:
        _pending.owner, _pending.urls = outermost, set()
    pending = _pending.urls
    pending.update(urls)
    transaction.on_commit(lambda: _flush(pending), robust=True)


def _flush(pending: set) -> None:
    urls = set(pending)
    pending.clear()
    purge_cached_urls(urls)


def purge_all_regions() -> None:
    """Purge every region (a change to something every page shows: branding, categories)."""
    if purging():
        purge_on_commit(site.root_url + "/*" for site in Site.objects.all())
