"""The client's IP address behind a known number of trusted reverse proxies.

``TRUSTED_PROXY_COUNT`` (default 0) says how many proxies in front of the portal append to
``X-Forwarded-For``; the address that many hops from the right is the client's. With 0 the
header is ignored (anyone can send one) and ``REMOTE_ADDR`` is used.
"""

import ipaddress

from django.conf import settings


def _valid(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    """The client's address: REMOTE_ADDR, or X-Forwarded-For behind TRUSTED_PROXY_COUNT proxies.

    None when there is no valid address (a request made by code, such as a test's login).
    """
    remote = _valid(request.META.get("REMOTE_ADDR", "") or "")
    count = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    if count <= 0:
        return remote
    hops = [h for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    if len(hops) < count:
        return remote  # fewer hops than proxies: the header was not written by ours
    return _valid(hops[-count]) or remote
