"""Staying up when a service is not: request ids in JSON logs, and 503s when the database is away.

``RequestIdMiddleware`` takes the X-Request-ID a proxy sent (or makes one), returns it in the
response and puts it on every log line of the request (``RequestIdFilter``, ``JsonFormatter``).
``server_error`` is the project's handler500: when the database is unreachable it answers 503
with Retry-After (a styled page, JSON ``{"error": ...}`` on the APIs); a form that could not be
stored comes back with everything the resident typed.
"""

import contextvars
import datetime
import json
import logging
import re
import sys
import uuid

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.views.defaults import server_error as django_server_error

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
REQUEST_ID_HEADER = "X-Request-ID"
RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)
_VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")
# Fields of a public form shown back as text boxes; everything else travels along hidden.
TYPED_LABELS = {
    "title": "Titel",
    "description": "Beschrijving",
    "when": "Wanneer",
    "message": "Bericht",
    "first_name": "Voornaam",
    "name": "Naam",
    "email": "E-mailadres",
    "phone": "Telefoon",
}
NEVER_SHOWN = {"csrfmiddlewaretoken"}


class RequestIdMiddleware:
    """Give every request an id (the proxy's X-Request-ID when sane) for logs and the answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        request.id = incoming if _VALID_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response[REQUEST_ID_HEADER] = request.id
        return response


class RequestIdFilter(logging.Filter):
    """Put the current request's id on a log record (``-`` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", request_id_var.get()),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["path"] = request.path
            entry["method"] = request.method
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def is_database_error(error: BaseException | None) -> bool:
    """Whether an exception (or what caused it) says the database cannot be reached."""
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, DATABASE_ERRORS):
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


def _typed_fields(request: HttpRequest) -> tuple[list[dict], list[tuple[str, str]]]:
    """What the resident typed in a POST: visible fields (with labels) and hidden ones."""
    shown, hidden = [], []
    for name, values in request.POST.lists():
        if name in NEVER_SHOWN:
            continue
        base = name.rsplit("-", 1)[-1]
        for value in values:
            if base in TYPED_LABELS:
                shown.append(
                    {
                        "name": name,
                        "label": TYPED_LABELS[base],
                        "value": value,
                        "long": base in {"description", "message"},
                    }
                )
            else:
                hidden.append((name, value))
    return shown, hidden


def service_unavailable(request: HttpRequest) -> HttpResponse:
    """503 with Retry-After: JSON on the APIs, otherwise a page that needs no database."""
    if request.path.startswith("/api/"):
        response = JsonResponse(
            {"error": "De dienst is tijdelijk niet beschikbaar; probeer het zo opnieuw."},
            status=503,
        )
    else:
        shown, hidden = _typed_fields(request) if request.method == "POST" else ([], [])
        context = {
            "shown": shown,
            "hidden": hidden,
            "action": request.get_full_path(),
            "csrf_token": get_token(request) if request.method == "POST" else "",
            "retry_after": RETRY_AFTER_SECONDS,
        }
        response = HttpResponse(render_to_string("503.html", context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """handler500: a 503 when the database is away, Django's styled 500 otherwise."""
    if is_database_error(sys.exc_info()[1]):
        return service_unavailable(request)
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "Er ging iets mis bij ons."}, status=500)
    return django_server_error(request, *args, **kwargs)
