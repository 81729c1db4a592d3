"""Cache-based rate limits per IP address and per e-mail address (stored only as hashes)."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from aanbod import conf


def client_ip(request) -> str:
    """The client's address (REMOTE_ADDR; the proxy in front must set it correctly)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def fingerprint(value: str) -> str:
    """A keyed hash, so neither the cache nor the database holds an address in clear."""
    key = f"{settings.SECRET_KEY}:{value.strip().lower()}".encode()
    return hashlib.sha256(key).hexdigest()


def hit(limit: str, value: str) -> bool:
    """Count one use of ``limit`` by ``value``; False when over the limit (fixed window)."""
    allowed, window = conf.rate_limit(limit)
    bucket = int(time.time() // window)
    key = f"aanbod:rl:{limit}:{fingerprint(value)[:32]}:{bucket}"
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 60)
        count = 1
    return count <= allowed


def retry_after(limit: str) -> int:
    """Seconds until the current window of ``limit`` ends."""
    _allowed, window = conf.rate_limit(limit)
    return int(window - time.time() % window) + 1
