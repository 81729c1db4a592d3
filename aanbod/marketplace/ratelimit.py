"""Cache-based rate limits per client address and per e-mail address (stored only as keyed hashes).

Each limit counts in fixed windows (``conf.rate_limit``: allowed uses per window of seconds),
one counter per limit, per hashed address and per window. A cache that fails (Redis down,
refusing connections or not answering in time) lets the request through and logs a warning:
the forms keep working and the log says the limits were off.
"""

import hashlib
import hmac
import logging
import math
import time

from django.conf import settings
from django.core.cache import caches

from aanbod import conf
from home.clients import client_address

logger = logging.getLogger(__name__)


def fingerprint(value: str) -> str:
    """A hash keyed with SECRET_KEY: without the key no address can be found back from it."""
    message = value.strip().lower().encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _count(key: str, window: int) -> int:
    """Add one to the counter under ``key`` (kept for one window) and return it.

    A counter that vanishes between the two calls (evicted) raises ValueError: hit() then
    treats it as any other cache failure.
    """
    cache = caches[conf.rate_limit_cache()]
    cache.add(key, 0, timeout=window)
    return cache.incr(key)


def hit(limit: str, value: str) -> bool:
    """Count one use of ``limit`` by ``value``; False when over the limit (fixed window).

    When the cache fails the use is allowed and a warning logged (fail safe, never a 500).
    """
    allowed, window = conf.rate_limit(limit)
    bucket = int(time.time() // window)
    key = ":".join(("aanbod-rl", limit, fingerprint(value), str(bucket)))
    try:
        count = _count(key, window)
    except Exception as error:
        logger.warning("Rate limit %r not applied, the cache failed: %r", limit, error)
        return True
    return count <= allowed


def hit_client(limit: str, request) -> bool:
    """Count one use of ``limit`` by the request's client address (home.clients)."""
    return hit(limit, client_address(request))


def retry_after(limit: str) -> int:
    """Whole seconds until the current window of ``limit`` ends (when it may be used again)."""
    _allowed, window = conf.rate_limit(limit)
    return math.ceil(window - time.time() % window)
