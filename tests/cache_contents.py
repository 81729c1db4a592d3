"""What the cache holds, as bytes: local memory in the SQLite run, the real Redis in CI's
PostgreSQL run (only this test process's keys), for privacy tests that search it."""

import pickle

from django.core.cache import cache


def cache_blob() -> bytes:
    """Every key and value in the default cache, joined (values as stored)."""
    store = cache._cache
    if hasattr(store, "get_client"):  # Django's RedisCache
        client = store.get_client()
        keys = client.keys(cache.make_key("*"))
        return b"".join(key + (client.get(key) or b"") for key in keys)
    return b"".join(
        k.encode() + (v if isinstance(v, bytes) else pickle.dumps(v)) for k, v in store.items()
    )
