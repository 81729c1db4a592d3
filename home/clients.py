"""Who is asking: the client's IP address behind a configured number of trusted proxies.

Each proxy in front of the application appends the address it was connected from to
``X-Forwarded-For``; a client may put anything it likes at the left. With
``TRUSTED_PROXY_COUNT = n`` (the number of proxies in front, 0 = none) the client is the
*n*-th entry counted from the right: whatever the client wrote further left is never read.
Rate limits and the login lockout read this one rule.
"""

import ipaddress

from django.conf import settings

UNKNOWN = "unknown"


def trusted_proxy_count() -> int:
    """How many proxies in front of the application add to X-Forwarded-For (0: none)."""
    return max(0, int(getattr(settings, "TRUSTED_PROXY_COUNT", 0)))


def _address(text: str | None, fallback: str) -> str:
    """``text`` as an IP address in canonical form, or ``fallback`` when it is none."""
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return fallback


def client_address(request) -> str:
    """The client's IP address: X-Forwarded-For read from the right past the trusted proxies.

    With no trusted proxies, or when the header has fewer entries than there are proxies or
    the chosen entry is no IP address, it is the address of the connection (``REMOTE_ADDR``).
    """
    remote = _address(request.META.get("REMOTE_ADDR"), UNKNOWN)
    proxies = trusted_proxy_count()
    if proxies == 0:
        return remote
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(hops) < proxies:
        return remote
    return _address(hops[-proxies].strip(), remote)
