"""The pieces of resilience in one process: the fail-safe Redis cache against a real Redis
that is stopped and frozen, request ids and JSON logs, /healthz, the 503 mapping and the
client-library system check."""

import json
import logging
import sys

from django.core.cache.backends.redis import RedisCache
from django.db import OperationalError
from django.test import RequestFactory

import pytest

from cms import checks
from cms.cache import FailSafeRedisCache
from cms.resilience import JsonFormatter, RequestIdFilter, request_id_var, server_error
from search import external
from search.external import external_search_backends
from search.query import search_portal
from tests.faults.services import HangingListener, RedisServer


@pytest.fixture
def redis_server():
    """A real redis-server on a free port, stopped after the test."""
    server = RedisServer().start()
    yield server
    server.stop()


def _cache(server: RedisServer, cooldown: float = 60) -> FailSafeRedisCache:
    from cms import cache as module

    module._breakers.pop(server.url, None)
    return FailSafeRedisCache(
        server.url,
        {"KEY_PREFIX": "unit", "OPTIONS": {"CIRCUIT_SECONDS": cooldown}},
    )


def test_cache_works_then_misses_when_redis_stops_and_recovers(redis_server):
    """Redis stopped: reads miss, writes do nothing, incr acts as a missing key; then recovery."""
    cache = _cache(redis_server, cooldown=0)
    cache.set("k", "v")
    assert cache.get("k") == "v"
    redis_server.stop()
    assert cache.get("k", "default") == "default"
    assert cache.add("n", 1) is False
    cache.set("k", "w")  # no error
    with pytest.raises(ValueError):
        cache.incr("n")
    assert cache.get_or_set("g", 7) == 7
    assert cache.get_many(["k"]) == {}
    redis_server.start()
    cache.set("k", "back")
    assert cache.get("k") == "back"


def test_frozen_redis_opens_the_circuit_after_one_timeout(redis_server):
    """Redis frozen (SIGSTOP): the first call times out, later calls skip Redis at once."""
    cache = _cache(redis_server)
    cache.set("k", "v")
    redis_server.freeze()
    try:
        assert cache.get("k") is None
        assert cache.breaker.state == "open"
        assert cache.get("k", "skipped") == "skipped"
        assert cache.ping() is False
    finally:
        redis_server.thaw()
    assert cache.ping() is True and cache.breaker.state == "closed"
    assert cache.get("k") == "v"


def test_clear_deletes_only_its_own_prefix(redis_server):
    """Parallel test workers share a Redis: clear() leaves other prefixes alone."""
    mine, other = (
        _cache(redis_server),
        FailSafeRedisCache(redis_server.url, {"KEY_PREFIX": "other"}),
    )
    mine.set("a", 1)
    other.set("a", 2)
    mine.clear()
    assert mine.get("a") is None and other.get("a") == 2


@pytest.mark.django_db
def test_request_id_is_returned_and_logged_as_json(client):
    """X-Request-ID is honoured (or made), returned, and on the request's JSON log lines."""
    response = client.get("/healthz", HTTP_X_REQUEST_ID="abc-123")
    assert response["X-Request-ID"] == "abc-123"
    generated = client.get("/healthz", HTTP_X_REQUEST_ID="bad id with spaces")["X-Request-ID"]
    assert generated != "bad id with spaces" and len(generated) == 32
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "hallo %s", ("wijk",), None)
    token = request_id_var.set("abc-123")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id_var.reset(token)
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "hallo wijk" and line["request_id"] == "abc-123"
    assert line["level"] == "WARNING"


@pytest.mark.django_db
def test_healthz_reports_each_component(client):
    """The load balancer's check: JSON with database, cache, search, outbox and tasks."""
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert set(body["components"]) == {"database", "cache", "search", "outbox", "tasks"}
    assert body["components"]["database"]["status"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


def test_database_errors_become_503_with_retry_after():
    """handler500 during a database error: 503 + Retry-After, JSON on /api/, typed text kept."""
    factory = RequestFactory()
    api = factory.get("/api/v1/activities")
    page = factory.post(
        "/stein/vraag-en-aanbod/", {"post-title": "Hulp gezocht", "post-description": "Bij de tuin"}
    )
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        api_response = server_error(api)
        page_response = server_error(page)
    assert api_response.status_code == 503 and api_response["Retry-After"]
    assert json.loads(api_response.content)["error"]
    assert page_response.status_code == 503 and page_response["Retry-After"]
    assert b"Hulp gezocht" in page_response.content and b"Bij de tuin" in page_response.content


def test_missing_client_library_fails_the_system_check(settings, monkeypatch):
    """A configured Redis cache without the redis package: the check fails (wijkportaal.E001)."""
    settings.CACHES = {
        "default": {"BACKEND": "cms.cache.FailSafeRedisCache", "LOCATION": "redis://x"}
    }
    assert checks.service_client_libraries() == []  # installed: no error
    monkeypatch.setitem(sys.modules, "redis", None)  # what a venv without it looks like
    errors = checks.service_client_libraries()
    assert errors and {e.id for e in errors} == {"wijkportaal.E001"}
    assert issubclass(FailSafeRedisCache, RedisCache)


def test_a_hanging_search_service_is_asked_once_then_skipped(tree, settings):
    """A real listener that accepts and never answers (Elasticsearch cannot run here): the
    first search times out and opens the circuit, the next ones do not connect at all."""
    hanging = HangingListener().start()
    try:
        settings.WAGTAILSEARCH_BACKENDS = external_search_backends(
            [f"http://127.0.0.1:{hanging.port}"], []
        )
        first = search_portal(tree.site, "koffie")
        assert first.degraded and tree.activity.pk in {h.page_id for h in first.hits}
        assert external.breaker.state == "open"
        connections = len(hanging.held)
        again = search_portal(tree.site, "koffie")
        assert again.degraded and {h.page_id for h in again.hits} == {h.page_id for h in first.hits}
        assert len(hanging.held) == connections  # skipped: no new connection
    finally:
        hanging.stop()
