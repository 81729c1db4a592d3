"""The browser tests' server settings with production's cache layout (tests/portal/test_varnish.py).

Redis from ``REDIS_URL`` holds the page cache, shared by gunicorn's workers and the processes
that publish; the page cache is on; Varnish is purged at ``VARNISH_PURGE_URL``.
"""

import os

from .e2e import *  # noqa: F403

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "wijkportaal-e2e",
    }
}
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
