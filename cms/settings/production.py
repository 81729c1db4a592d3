"""Production: secure by default, read from the environment; no start without SECRET_KEY."""

import os

from django.core.exceptions import ImproperlyConfigured

from search.external import external_search_backends

from .base import *  # noqa: F403
from .base import IS_POSTGRES, env_bool, env_list

if not os.environ.get("SECRET_KEY"):
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
SECRET_KEY = os.environ["SECRET_KEY"]
if not env_list("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views set SAMEORIGIN themselves

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Search: Elasticsearch 9 or OpenSearch 3 when their URL is set; the database backend otherwise.
_external_search = external_search_backends(
    env_list("ELASTICSEARCH_URL"),
    env_list("OPENSEARCH_URL"),
    os.environ.get("SEARCH_INDEX", "wijkportaal"),
)
if _external_search:
    WAGTAILSEARCH_BACKENDS = _external_search
elif not IS_POSTGRES:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

if os.environ.get("EMAIL_HOST"):
    OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

# Background work (mail, reminders, expiry, erasure) through the database queue; run
# ``manage.py db_worker`` beside the web processes. TASKS_BACKEND may name another backend.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# --- resilience --------------------------------------------------------------------------
# The load balancer asks /healthz over plain HTTP; JSON logs with the request id.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
LOGGING["handlers"]["console"]["formatter"] = os.environ.get("LOG_FORMAT", "json")  # noqa: F405
# Shorter than the search service's 3 s: a hanging service trips the breaker within a second.
SEARCH_TIMEOUT_SECONDS = float(os.environ.get("SEARCH_TIMEOUT_SECONDS", "0.8"))
# --- end resilience ----------------------------------------------------------------------
