"""The admin's password-reset form, throttled per address and per client address.

Over a limit the mail is silently not sent; the page says the same either way ("if an account
exists ..."), so the answer never reveals whether an account exists. Limits:
``PASSWORD_RESET_RATE_LIMITS`` (``{"email": (3, 3600), "ip": (10, 3600)}``: allowed per seconds).
The mail itself goes through the outbox (``EMAIL_BACKEND``).
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache

from wagtail.admin.forms.auth import PasswordResetForm

from cms.accounts.client import client_ip

logger = logging.getLogger(__name__)
DEFAULT_LIMITS = {"email": (3, 3600), "ip": (10, 3600)}


def _limits() -> dict:
    return {**DEFAULT_LIMITS, **getattr(settings, "PASSWORD_RESET_RATE_LIMITS", {})}


def allowed(kind: str, value: str) -> bool:
    """Count one reset request for this address or client; False when over the limit."""
    limit, window = _limits()[kind]
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{value.strip().lower()}".encode()).hexdigest()
    key = f"accounts:reset:{kind}:{digest[:32]}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 60)
        count = 1
    return count <= limit


class ThrottledPasswordResetForm(PasswordResetForm):
    """Wagtail's reset form; no mail when the address or the client asked too often."""

    def save(self, *args, request=None, **kwargs):
        email = self.cleaned_data.get("email", "")
        by_ip = allowed("ip", client_ip(request) or "unknown") if request is not None else True
        by_email = allowed("email", email)
        if not (by_ip and by_email):
            logger.warning("Password reset throttled (%s)", "client" if not by_ip else "address")
            return
        super().save(*args, request=request, **kwargs)
