"""Login lockout with django-axes: the backend that counts, and the Dutch lockout page.

Axes counts failed logins per username and client address (``AXES_*`` in the settings) for
every Django authentication that comes with a request (the Wagtail admin's login, and any
login form built on Django's ``AuthenticationForm``); a success resets the count.
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """Axes' check before the real backends; calls without a request (code, tests) pass by.

    Only an HTTP login can be brute-forced; ``authenticate()`` called by code without a
    request (``Client.login`` in tests, scripts) is not counted and not refused.
    """

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def cooloff_minutes() -> int:
    """How long a lockout lasts, in minutes."""
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_response(request, credentials, *args, **kwargs) -> HttpResponse:
    """The Dutch page shown after too many failed logins (HTTP 429)."""
    return render(
        request,
        "accounts/locked_out.html",
        {"minutes": cooloff_minutes()},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
