"""The client's address for the login lockout and the password-reset throttle.

The one rule lives in ``home.clients`` (``TRUSTED_PROXY_COUNT`` proxies read from the right of
``X-Forwarded-For``); django-axes wants ``None`` where there is no address (a login by code).
"""

from home.clients import UNKNOWN, client_address


def client_ip(request) -> str | None:
    """The client's address by ``home.clients``, or None when the request carries none."""
    address = client_address(request)
    return None if address == UNKNOWN else address
