"""The Redis cache that never takes the site down: errors become misses, and are logged.

``FailSafeRedisCache`` is Django's ``RedisCache`` with short connect and socket timeouts, no
retries, and a circuit breaker: when Redis is stopped or frozen, a read is a miss, a write a
no-op, ``incr`` raises ``ValueError`` like a missing key, and for ``CIRCUIT_SECONDS`` the cache
is not even tried, so a frozen Redis costs one socket timeout per process per few seconds
instead of one per call. ``clear()`` deletes only this cache's ``KEY_PREFIX`` (so parallel test
workers, or other apps on the same Redis, keep their keys).
"""

import logging
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from home.breaker import CircuitBreaker

logger = logging.getLogger(__name__)
_breakers: dict[str, CircuitBreaker] = {}
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.25}


def _redis_errors() -> tuple[type[BaseException], ...]:
    import redis

    return (redis.RedisError, OSError)


class FailSafeRedisCache(RedisCache):
    """RedisCache whose failures are cache misses (see the module docstring)."""

    def __init__(self, server: str, params: dict):
        params = dict(params)
        options = {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}
        cooldown = float(options.pop("CIRCUIT_SECONDS", 5))
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        options.setdefault("retry", Retry(NoBackoff(), 0))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self.breaker = _breakers.setdefault(
            server, CircuitBreaker(f"Redis cache {server}", cooldown)
        )
        self._errors = _redis_errors()

    def _guard(self, call, fallback: Any, *args, **kwargs) -> Any:
        if not self.breaker.allow():
            return fallback
        try:
            result = call(*args, **kwargs)
        except self._errors as error:
            self.breaker.failure(error)
            return fallback
        self.breaker.success()
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(super().add, False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._guard(super().get, default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(super().set, None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(super().touch, False, key, timeout, version)

    def delete(self, key, version=None):
        return self._guard(super().delete, False, key, version)

    def get_many(self, keys, version=None):
        return self._guard(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._guard(super().has_key, False, key, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._guard(super().incr, missing, key, delta, version)
        if result is missing:
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard(super().set_many, list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._guard(super().delete_many, None, keys, version)

    def clear(self):
        """Delete this cache's keys (all of the database when it has no KEY_PREFIX)."""
        return self._guard(self._clear, False)

    def _clear(self) -> bool:
        client = self._cache.get_client(None, write=True)
        if not self.key_prefix:
            return bool(client.flushdb())
        batch = []
        for key in client.scan_iter(match=f"{self.key_prefix}:*", count=500):
            batch.append(key)
            if len(batch) >= 500:
                client.delete(*batch)
                batch = []
        if batch:
            client.delete(*batch)
        return True

    def ping(self) -> bool:
        """Ask Redis directly (no breaker): True when it answers (the health check)."""
        try:
            ok = bool(self._cache.get_client(None, write=True).ping())
        except self._errors as error:
            self.breaker.failure(error)
            return False
        self.breaker.success()
        return ok
