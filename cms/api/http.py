"""The one HTTP layer of the machine-readable paths (/api/, /feeds/, /widget/).

For GET and HEAD there: the answer cache (a public answer is kept until the next content write
or the next day), ETag and Last-Modified with 304 answers (Django's ``get_conditional_response``),
Cache-Control and Vary. Views tell it their Last-Modified with ``mark_last_modified``.

CORS is not done here: django-cors-headers (``corsheaders.middleware.CorsMiddleware``, before this
middleware) answers preflights and adds the CORS headers on the same paths, by the ``CORS_*``
settings in ``cms.settings.base``; this layer covers the paths of ``CORS_URLS_REGEX``.
"""

import contextvars
import datetime
import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date

SAFE_METHODS = {"GET", "HEAD"}
MAX_AGE = 300
GENERATION_KEY = "api-response-generation"
# Apps whose writes change what the APIs answer; any save or delete there empties the cache.
CONTENT_APPS = {"wagtailcore", "wagtailimages", "wagtaildocs", "home", "wijken", "aanbod"}


def is_api_path(path: str) -> bool:
    """Whether a path belongs to the APIs, feeds or widget (the paths CORS is open on)."""
    return re.match(settings.CORS_URLS_REGEX, path) is not None


def mark_last_modified(request: HttpRequest, moment: datetime.datetime | None) -> None:
    """Tell the HTTP layer which Last-Modified to send (and answer 304 on)."""
    if moment is not None:
        request.api_last_modified = moment


class ApiHttpMiddleware:
    """For GET/HEAD on the APIs, feeds and widget: the answer cache, ETag and Last-Modified
    with 304 answers, Cache-Control; errors are not stored by clients (no-store)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in SAFE_METHODS or not is_api_path(request.path_info):
            token = _request_writes.set([])  # this request's writes bump the generation once
            try:
                return self.get_response(request)
            finally:
                _request_writes.reset(token)
        key = response_cache_key(request) if request.method == "GET" else None
        response = cached_response(key) if key else None
        if response is None:
            response = self.get_response(request)
            if response.status_code != 200 or response.streaming:
                if response.status_code >= 400:
                    response.headers.setdefault("Cache-Control", "no-store")
                return response
            add_validators(request, response)
            if key:
                store_response(key, response)
        return conditional(request, response)


def add_validators(request: HttpRequest, response: HttpResponse) -> None:
    """ETag (a digest of the body unless the view set one), Last-Modified, Cache-Control, Vary."""
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    moment = getattr(request, "api_last_modified", None)
    if moment is not None and not response.has_header("Last-Modified"):
        response["Last-Modified"] = http_date(moment.timestamp())
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, public=True, max_age=MAX_AGE)
    patch_vary_headers(response, ["Accept-Language"])


def conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """The response, or a 304 when the client's If-None-Match / If-Modified-Since still hold."""
    last = None
    if response.has_header("Last-Modified"):
        last = int(parse_http_date(response["Last-Modified"]))
    return get_conditional_response(
        request, etag=response["ETag"], last_modified=last, response=response
    )


def response_cache_key(request: HttpRequest) -> str | None:
    """The cache key of a public API answer: host, path and query, language, day, generation.

    The day is in it because visibility follows dates (rollout, expiry, activity windows);
    the generation changes with every content write (``bump_generation``).
    """
    if not settings.API_RESPONSE_CACHE_SECONDS:
        return None
    if "HTTP_AUTHORIZATION" in request.META or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    parts = [
        request.get_host(),
        request.get_full_path(),
        request.META.get("HTTP_ACCEPT_LANGUAGE", ""),
        request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
        timezone.localdate().isoformat(),
        str(cache.get_or_set(GENERATION_KEY, 1, None)),
    ]
    return "api-response:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def cached_response(key: str) -> HttpResponse | None:
    """A stored answer rebuilt as a response, or None."""
    stored = cache.get(key)
    if stored is None:
        return None
    content, headers = stored
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return response


def store_response(key: str, response: HttpResponse) -> None:
    """Keep a 200 answer for API_RESPONSE_CACHE_SECONDS (clients may keep it MAX_AGE)."""
    # "Vary: Cookie" (the session was looked at) is harmless here: requests with a session
    # cookie never use the cache, and other cookies do not change these answers.
    if response.has_header("Set-Cookie"):
        return
    headers = dict(response.headers.items())
    cache.set(key, (response.content, headers), settings.API_RESPONSE_CACHE_SECONDS)


# Writes that no public answer reads: history, drafts' revisions, residents' private records.
PRIVATE_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "aanbod.submitter",
}


def _never_public(sender, instance) -> bool:
    """True for a write no public answer can show: a private record, or a never-published draft.

    A resident's unconfirmed request is a draft page plus its revision and Submitter: emptying
    every cached answer for it would make each marketplace post cost all partners a cold answer.
    """
    if sender._meta.label_lower in PRIVATE_MODELS:
        return True
    return (
        getattr(instance, "live", None) is False
        and "first_published_at" in getattr(instance, "__dict__", {})
        and instance.first_published_at is None
    )


# Within a request (an editor's publish saves a page, its revision, its links, its dates ... some
# 250 rows): the first content write bumps the generation, the others do not, and it is bumped
# once more when the transaction commits, when the change becomes visible to other processes.
_request_writes: contextvars.ContextVar[list | None] = contextvars.ContextVar(
    "api_request_writes", default=None
)


def bump_generation(sender, instance=None, **kwargs) -> None:
    """A content write: answers cached before it are no longer used."""
    if sender._meta.app_label not in CONTENT_APPS or _never_public(sender, instance):
        return
    writes = _request_writes.get()
    if writes is not None:
        if writes:
            return
        writes.append(sender)
        transaction.on_commit(_bump, robust=True)
    _bump()


def _bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)
