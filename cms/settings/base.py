"""Settings shared by every environment; everything that differs comes from the environment."""

import datetime
import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "home",
    "wijken",
    "aanbod",
    "search",
    "outbox",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "corsheaders",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "cms.resilience.RequestIdMiddleware",  # resilience: X-Request-ID, in every log line
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "cms.api.http.ApiHttpMiddleware",
    "cms.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "cms.accounts.twofactor.SecondFactorMiddleware",
    "cms.admin_language.AdminLanguageMiddleware",  # the admin in Dutch unless chosen otherwise
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.workflow_messages.WorkflowMessageMiddleware",  # "goedgekeurd" after workflow actions
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns axes' "locked out" into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: DATABASE_URL, or a SQLite file for a zero-setup first run.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Login lockout (django-axes) before the real backend: every authentication that comes with a
# request (the admin's login, any later login form on Django's AuthenticationForm) is counted
# per username and client address; a success resets the count. See cms/accounts/.
AUTHENTICATION_BACKENDS = [
    "cms.accounts.lockout.LockoutBackend",
    "cms.accounts.login.EmailBackend",  # sign in with the e-mail address (cms/accounts/login.py)
    "django.contrib.auth.backends.ModelBackend",
]
# The admin's login form asks for the e-mail address, in Dutch.
WAGTAILADMIN_USER_LOGIN_FORM = "cms.accounts.login.EmailLoginForm"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cms.accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "cms.accounts.client.client_ip"
AXES_DISABLE_ACCESS_LOG = True  # no log of successful logins (addresses, browsers)
AXES_VERBOSE = False
# How many reverse proxies in front of the portal append to X-Forwarded-For (0: ignore it).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# The admin's password-reset mail: at most this many per address and per client (per seconds).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "cms.accounts.password_reset.ThrottledPasswordResetForm"
PASSWORD_RESET_RATE_LIMITS = {"email": (3, 3600), "ip": (10, 3600)}
# Second factor (TOTP, django-otp): optional for every admin user; required for regional
# administrators (and superusers) when this is on.
WIJKPORTAAL_REQUIRE_2FA_FOR_REGION_ADMINS = env_bool("WIJKPORTAAL_REQUIRE_2FA_FOR_REGION_ADMINS")
OTP_TOTP_ISSUER = "Wijkportaal"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Dutch first, English second.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- resilience (cms/cache.py, cms/resilience.py) ---------------------------------------
# Cache: Redis when REDIS_URL is set, local memory otherwise. The fail-safe backend turns Redis
# errors into misses (short timeouts, a circuit breaker), so a stopped or frozen Redis slows
# nothing down and breaks nothing: pages, search, APIs and posting answer from the database.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.25"))


def redis_cache(url: str, prefix: str = "wijkportaal") -> dict:
    """The CACHES entry for the fail-safe Redis cache at ``url``."""
    return {
        "BACKEND": "cms.cache.FailSafeRedisCache",
        "LOCATION": url,
        "KEY_PREFIX": prefix,
        "OPTIONS": {
            "socket_connect_timeout": REDIS_TIMEOUT,
            "socket_timeout": REDIS_TIMEOUT,
            "CIRCUIT_SECONDS": float(os.environ.get("REDIS_CIRCUIT_SECONDS", "5")),
        },
    }


if REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL)}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# A connection that the database dropped (restart, failover) is replaced on the next request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# --- end resilience ----------------------------------------------------------------------

# Search: the database backend (PostgreSQL with the Dutch text-search configuration).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
        "AUTO_UPDATE": True,
    }
}

# E-mail: every mail (the portal's own and Django's/Wagtail's, such as the password reset) is
# written into the outbox; outbox.delivery sends it with OUTBOX_DELIVERY_BACKEND (SMTP) and
# retries until the server accepts it (pauses of 1, 2, 4 ... up to OUTBOX_MAX_RETRY_MINUTES).
EMAIL_BACKEND = "outbox.backends.OutboxEmailBackend"
OUTBOX_DELIVERY_BACKEND = os.environ.get(
    "OUTBOX_DELIVERY_BACKEND",
    os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"),
)
OUTBOX_MAX_RETRY_MINUTES = int(os.environ.get("OUTBOX_MAX_RETRY_MINUTES", "60"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Wijkportaal <noreply@wijkportaal.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work: immediate by default; production uses the database backend and a worker
# (``manage.py db_worker``), see cms/settings/production.py.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Public answers of the APIs, feeds and widget are kept this long in the cache (0: off); any
# content write empties it at once (cms.api.http). Equal to their Cache-Control max-age.
API_RESPONSE_CACHE_SECONDS = int(os.environ.get("API_RESPONSE_CACHE_SECONDS", "300"))

# The page cache (home.pagecache): anonymous page answers are kept until a publish purges
# them, their next date-dependent change, midnight, or at most this long (0: off).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
# The cache (CACHES alias) that holds the pages; errors there are a miss, never a 500.
PAGE_CACHE_ALIAS = os.environ.get("PAGE_CACHE_ALIAS", "default")
# Paths the page cache leaves alone: the admin, the APIs, feeds, widget, files.
PAGE_CACHE_EXCLUDE = r"^/(admin|django-admin|api|documents|static|media|widget)/|/feeds/"
# A caching proxy in front (Varnish, deploy/varnish.vcl) is purged through Wagtail's
# frontend_cache when VARNISH_PURGE_URL is set (http://varnish-host:port).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("VARNISH_PURGE_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["VARNISH_PURGE_URL"],
    }
# Translations have URLs of their own (home.pagecache purges each): no rewriting per language.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# CORS (django-cors-headers): the APIs, feeds and widget may be read from any origin, without
# credentials; the rest of the site not at all. cms.api.http caches the same paths.
CORS_URLS_REGEX = r"^(/api/|/widget/|.*/feeds/)"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["If-None-Match", "If-Modified-Since", "Accept"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
CORS_PREFLIGHT_MAX_AGE = 86400

# Content-Security-Policy (django-csp; cms/security.py picks the policy by path). No nonces:
# pages may be cached whole, so scripts and styles come from files; the widget's iframe allows
# its one colour rule by hash (home/csp.py). CSP_REPORT_ONLY=1 in the environment only reports
# (for a rollout); CSP_REPORT_URI names where browsers send the reports.
PORTAL_CSP_REPORT_ONLY = env_bool("CSP_REPORT_ONLY")
PORTAL_CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "")
PORTAL_CSP_ADMIN_PATH = "/admin/"
SELF, NONE = "'self'", "'none'"
# The iframe snippet's own style attribute (previewed on /agenda-op-je-site/), by its hash.
SNIPPET_FRAME_STYLE_HASH = "'sha256-BBQKtRbgffHA2XgykTPYTikOblU6ka8UunDjR2Axvr4='"
PORTAL_CSP_POLICIES = {
    "portal": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-attr": ["'unsafe-hashes'", SNIPPET_FRAME_STYLE_HASH],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
    # Wagtail's admin uses inline scripts and styles, avatars from Gravatar and embeds' previews.
    "admin": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", "https:"],
        "font-src": [SELF, "data:"],
        # The dashboard asks Wagtail's release feed whether an upgrade is out.
        "connect-src": [SELF, "https://releases.wagtail.org"],
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
if PORTAL_CSP_REPORT_URI:
    for _policy in PORTAL_CSP_POLICIES.values():
        _policy["report-uri"] = [PORTAL_CSP_REPORT_URI]
# django-csp reads these for its checks and for views that use its decorators.
CONTENT_SECURITY_POLICY = (
    None if PORTAL_CSP_REPORT_ONLY else {"DIRECTIVES": PORTAL_CSP_POLICIES["portal"]}
)
CONTENT_SECURITY_POLICY_REPORT_ONLY = (
    {"DIRECTIVES": PORTAL_CSP_POLICIES["portal"]} if PORTAL_CSP_REPORT_ONLY else None
)
# Browser features the portal never uses (it has no map with "my location").
PERMISSIONS_POLICY_DISABLED = [
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "usb",
]
SECURE_REFERRER_POLICY = "same-origin"

# Wagtail
WAGTAIL_SITE_NAME = "Wijkportaal"
# The admin speaks the portal's languages only (Dutch unless chosen: cms/admin_language.py).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# No Gravatar: it would send a hash of every editor's e-mail address to an outside service.
# Avatars are the editor's initials, drawn locally (cms/wagtail_hooks.py), or an uploaded picture.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
# Uploads above these are refused in the admin with Wagtail's Dutch message; Pillow refuses to
# decode more than twice the pixels anywhere (renditions too: cms.apps). 50 megapixels admits a
# phone's 50 MP photo; 11,000 x 11,000 (121 MP, ~480 MB decoded) is refused.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("WAGTAILIMAGES_MAX_IMAGE_PIXELS", "50000000"))
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(
    os.environ.get("WAGTAILIMAGES_MAX_UPLOAD_SIZE", str(10 * 1024 * 1024))
)
# Documents are always served through Wagtail's view, which applies collection privacy; the
# web server must not serve MEDIA_ROOT/documents/ itself (docs/deployment.md).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILAPI_LIMIT_MAX = 100
# Rich text in API v2 as display HTML (internal links resolved); ?rich_text_format= overrides.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_SEARCH_ENABLED = True

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- resilience: logs -------------------------------------------------------------------
# LOG_FORMAT=json (production's default) writes one JSON object per line with the request id;
# "text" is the plain format for development.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "cms.resilience.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "cms.resilience.JsonFormatter"},
        "text": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
# --- end resilience: logs ----------------------------------------------------------------

# How many proxies in front of the application add to X-Forwarded-For (0: clients connect
# directly, REMOTE_ADDR is the client). home/clients.py reads the client's address with it.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Vraag en aanbod (see aanbod/conf.py for the rate limits)
AANBOD_ITEM_LIFETIME_DAYS = int(os.environ.get("AANBOD_ITEM_LIFETIME_DAYS", "42"))
AANBOD_ABUSE_THRESHOLD = int(os.environ.get("AANBOD_ABUSE_THRESHOLD", "3"))
AANBOD_ERASE_AFTER_DAYS = 30
AANBOD_UNCONFIRMED_HOURS = 48

# Portal-specific settings
WIJKPORTAAL = {
    "PUBLIC_LABEL": _("Wijkportaal"),
}
