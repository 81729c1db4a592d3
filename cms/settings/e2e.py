"""Settings for the browser tests' server process: test settings served like production."""

import os

from .test import *  # noqa: F403

DEBUG = False
OUTBOX_DELIVERY_BACKEND = os.environ.get(
    "OUTBOX_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "1025"))
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "e2e-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The browser tests change content from other processes (manage.py), which a per-process
# cache would not hear of; the API answer cache is tested in tests/api/test_api_cache.py.
API_RESPONSE_CACHE_SECONDS = 0
