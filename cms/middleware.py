"""HTTP behaviour of the machine-readable endpoints (/api/, feeds, widget): caching and CORS."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date

API_PREFIXES = ("/api/", "/feeds/", "/widget/")
SAFE_METHODS = {"GET", "HEAD"}
MAX_AGE = 300
GENERATION_KEY = "api-response-generation"
# Apps whose writes change what the APIs answer; any save or delete there empties the cache.
CONTENT_APPS = {"wagtailcore", "wagtailimages", "wagtaildocs", "home", "wijken", "aanbod"}


def is_api_path(path: str) -> bool:
    """Whether a path belongs to the APIs, feeds or widget."""
    return path.startswith(API_PREFIXES) or "/feeds/" in path


class ApiHttpMiddleware:
    """For GET/HEAD on the APIs and feeds: ETag and Last-Modified with 304 answers,
    Cache-Control, and CORS for any origin (read-only; no credentials)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_api_path(request.path):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            return self._cors(HttpResponse(status=204), preflight=True)
        if request.method not in SAFE_METHODS:
            return self.get_response(request)
        key = response_cache_key(request) if request.method == "GET" else None
        response = cached_response(key) if key else None
        if response is None:
            response = self.get_response(request)
            if response.status_code != 200 or response.streaming:
                if response.status_code >= 400:
                    response.headers.setdefault("Cache-Control", "no-store")
                return self._cors(response)
            self._add_validators(request, response)
            if key:
                store_response(key, response)
        return self._cors(self._conditional(request, response))

    def _add_validators(self, request: HttpRequest, response: HttpResponse) -> None:
        if not response.has_header("ETag"):
            digest = hashlib.sha256(response.content).hexdigest()[:32]
            response["ETag"] = f'"{digest}"'
        moment = getattr(request, "api_last_modified", None)
        if moment is not None and not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(moment.timestamp())
        response.headers.setdefault("Cache-Control", f"public, max-age={MAX_AGE}")
        vary = [v for v in [response.get("Vary"), "Accept-Language"] if v]
        response["Vary"] = ", ".join(vary)

    def _conditional(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        last = None
        if response.has_header("Last-Modified"):
            last = int(parse_http_date(response["Last-Modified"]))
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=last, response=response
        )

    def _cors(self, response: HttpResponse, preflight: bool = False) -> HttpResponse:
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
        if preflight:
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since, Accept"
            response["Access-Control-Max-Age"] = "86400"
        return response


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


def bump_generation(sender, **kwargs) -> None:
    """A content write: answers cached before it are no longer used."""
    if sender._meta.app_label not in CONTENT_APPS:
        return
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)
