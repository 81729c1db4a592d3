"""/healthz for the load balancer: database, cache, search, outbox backlog, task queue age.

JSON with one entry per component (``ok``, ``degraded`` or ``down``, with its time in ms). The
answer is 503 only when the database is down (the node cannot serve); a cache or search service
that is away gives ``degraded`` with 200, because the site then answers from the database.
"""

import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from outbox.models import OutboxMessage
from search import external

OUTBOX_WARN = 100  # mails waiting before the outbox counts as degraded
QUEUE_AGE_WARN = 600  # seconds the oldest ready task may wait


def _timed(check: Callable[[], dict]) -> dict:
    started = time.perf_counter()
    try:
        result = check()
    except Exception as error:  # a component that fails its check is down, never a 500
        result = {"status": "down", "error": f"{type(error).__name__}: {error}"[:200]}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def check_database() -> dict:
    """One round trip to the database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"status": "ok", "vendor": connection.vendor}


def check_cache() -> dict:
    """Redis answers a PING (the local-memory cache always does)."""
    ping = getattr(cache, "ping", None)
    if ping is None:
        return {"status": "ok", "backend": "local memory"}
    return {"status": "ok" if ping() else "degraded", "backend": "redis"}


def check_search() -> dict:
    """The search service's circuit (the database search needs no check of its own)."""
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    if "elasticsearch" not in backend and "opensearch" not in backend:
        return {"status": "ok", "backend": "database"}
    state = external.breaker.state
    return {"status": "ok" if state == "closed" else "degraded", "circuit": state}


def check_outbox() -> dict:
    """How many mails wait, and how long the oldest has waited."""
    waiting = OutboxMessage.objects.count()
    oldest = OutboxMessage.objects.order_by("created_at").values_list("created_at", flat=True)
    age = (timezone.now() - oldest[0]).total_seconds() if waiting else 0
    status = "ok" if waiting < OUTBOX_WARN else "degraded"
    return {"status": status, "waiting": waiting, "oldest_seconds": round(age)}


def check_tasks() -> dict:
    """Age of the oldest task waiting for the worker (django-tasks' database backend)."""
    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    if "django_tasks_db" not in backend:
        return {"status": "ok", "backend": backend.rsplit(".", 1)[-1]}
    from django_tasks_db.models import DBTaskResult

    oldest = (
        DBTaskResult.objects.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True)
    )
    first = oldest.first()
    age = (timezone.now() - first).total_seconds() if first else 0
    return {"status": "ok" if age < QUEUE_AGE_WARN else "degraded", "oldest_seconds": round(age)}


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Every component's status; 503 when the database is down."""
    components = {"database": _timed(check_database)}
    database_up = components["database"]["status"] == "ok"
    components["cache"] = _timed(check_cache)
    components["search"] = _timed(check_search)
    for name, check in (("outbox", check_outbox), ("tasks", check_tasks)):
        components[name] = _timed(check) if database_up else {"status": "unknown"}
    if not database_up:
        overall = "down"
    elif all(c["status"] == "ok" for c in components.values()):
        overall = "ok"
    else:
        overall = "degraded"
    return JsonResponse(
        {"status": overall, "components": components}, status=200 if database_up else 503
    )
