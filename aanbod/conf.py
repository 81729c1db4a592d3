"""Vraag en aanbod settings, read from Django settings with the defaults the issue sets."""

import datetime

from django.conf import settings


def _setting(name: str, default):
    return getattr(settings, name, default)


def item_lifetime() -> datetime.timedelta:
    """How long an approved request or offer stays online (default six weeks)."""
    return datetime.timedelta(days=_setting("AANBOD_ITEM_LIFETIME_DAYS", 42))


def reminder_before() -> datetime.timedelta:
    """How long before expiry the resident gets a reminder."""
    return datetime.timedelta(days=_setting("AANBOD_REMINDER_DAYS", 7))


def unconfirmed_lifetime() -> datetime.timedelta:
    """How long an unconfirmed submission is kept before it is deleted."""
    return datetime.timedelta(hours=_setting("AANBOD_UNCONFIRMED_HOURS", 48))


def erase_after() -> datetime.timedelta:
    """How long after expiry or closing the resident's data is erased."""
    return datetime.timedelta(days=_setting("AANBOD_ERASE_AFTER_DAYS", 30))


def abuse_threshold() -> int:
    """How many abuse reports hide an item until a moderator reviews it."""
    return int(_setting("AANBOD_ABUSE_THRESHOLD", 3))


def rate_limit(name: str) -> tuple[int, int]:
    """(allowed, per seconds) for one rate limit: "ip", "email", "reply", "report", "subscribe"."""
    limits = {
        "ip": (10, 3600),
        "email": (3, 24 * 3600),
        "reply": (10, 3600),
        "report": (20, 3600),
        "subscribe": (5, 3600),
        **_setting("AANBOD_RATE_LIMITS", {}),
    }
    return limits[name]


def rate_limit_cache() -> str:
    """The cache alias the rate limits count in (``AANBOD_RATE_LIMIT_CACHE``, default "default")."""
    return _setting("AANBOD_RATE_LIMIT_CACHE", "default")


def ical_import() -> dict:
    """Limits of the iCal import: timeouts (seconds), size, events, failures before a mail."""
    return {
        "CONNECT_TIMEOUT": 5,
        "READ_TIMEOUT": 10,
        "TOTAL_TIMEOUT": 30,
        "MAX_BYTES": 2 * 1024 * 1024,
        "MAX_EVENTS": 500,
        "NOTIFY_AFTER": 3,
        "ALLOW_PRIVATE_ADDRESSES": False,
        **_setting("AANBOD_ICAL_IMPORT", {}),
    }


def occurrence_horizon_months() -> int:
    """How far ahead the occurrence table holds every activity's dates (default 13 months)."""
    return int(_setting("AANBOD_OCCURRENCE_HORIZON_MONTHS", 13))
