"""Test settings: fast hashing, in-memory mail and cache, tasks run immediately."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail goes through the outbox (tests/conftest.py restores EMAIL_BACKEND after Django's test
# setup) and is delivered into django.core.mail.outbox.
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# --- resilience: with REDIS_URL (CI's PostgreSQL run) the tests use the real Redis, each
# process under its own key prefix (clear() deletes only that prefix between tests).
if REDIS_URL:  # noqa: F405
    CACHES = {
        "default": redis_cache(  # noqa: F405
            REDIS_URL,  # noqa: F405
            f"test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{os.getpid()}",
        )
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# --- end resilience
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files come from the finders in tests (runserver --insecure in browser tests).
MIDDLEWARE = [m for m in MIDDLEWARE if "whitenoise" not in m]  # noqa: F405
# The page cache is off in tests that write content without publishing; the page cache's own
# tests (tests/portal/test_page_cache.py) switch it on (home.pagecache).
PAGE_CACHE_SECONDS = 0
