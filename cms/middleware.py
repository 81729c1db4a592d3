"""HTTP behaviour of the machine-readable endpoints (/api/, feeds, widget): caching and CORS."""

import hashlib

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

API_PREFIXES = ("/api/", "/feeds/", "/widget/")
SAFE_METHODS = {"GET", "HEAD"}
MAX_AGE = 300


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
        response = self.get_response(request)
        if request.method in SAFE_METHODS:
            response = self._conditional(request, response)
            return self._cors(response)
        return response

    def _conditional(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if response.status_code != 200 or response.streaming:
            if response.status_code >= 400:
                response.headers.setdefault("Cache-Control", "no-store")
            return response
        if not response.has_header("ETag"):
            digest = hashlib.sha256(response.content).hexdigest()[:32]
            response["ETag"] = f'"{digest}"'
        moment = getattr(request, "api_last_modified", None)
        if moment is not None and not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(moment.timestamp())
        response.headers.setdefault("Cache-Control", f"public, max-age={MAX_AGE}")
        vary = [v for v in [response.get("Vary"), "Accept-Language"] if v]
        response["Vary"] = ", ".join(vary)
        last = int(moment.timestamp()) if moment is not None else None
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
