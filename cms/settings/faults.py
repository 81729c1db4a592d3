"""Settings for the fault harness's gunicorn (tests/faults, benchmarks/soak.py): production,
served over plain HTTP on loopback, static files from the finders (no collectstatic)."""

import os

os.environ.setdefault("SECRET_KEY", "faults-only-insecure-key")
os.environ.setdefault("ALLOWED_HOSTS", "*")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

from .production import *  # noqa: F403

SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
# The harness posts more than a resident would; the limits themselves are tested elsewhere.
AANBOD_RATE_LIMITS = dict.fromkeys(("ip", "email", "reply", "report", "subscribe"), (100000, 60))
