"""Local development: debug on, any *.localhost host, mail printed to the console."""

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,.localhost")
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Links (sitemap, canonical, feeds, APIs, mails) on the host and port the demo is served on.
WIJKPORTAAL_LINKS_AS_SERVED = True
