"""Security headers of every response: the Content-Security-Policy per path, Permissions-Policy.

django-csp writes the header; this middleware chooses which policy (``PORTAL_CSP_POLICIES`` in the
settings): ``admin`` for Wagtail's admin (which needs inline scripts and styles), ``portal`` for
everything else. A view that Django lets be framed (``@xframe_options_exempt``: the widget's
iframe page) gets ``frame-ancestors *``. ``PORTAL_CSP_REPORT_ONLY`` (environment
``CSP_REPORT_ONLY``) sends the same policy as ``Content-Security-Policy-Report-Only`` for a
rollout. No nonces: whole pages may be cached.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

FRAMEABLE = {"frame-ancestors": ["*"]}


def policy_name(path: str) -> str:
    """Which of ``PORTAL_CSP_POLICIES`` applies: ``admin`` under the admin, else ``portal``."""
    return "admin" if path.startswith(settings.PORTAL_CSP_ADMIN_PATH) else "portal"


def permissions_policy() -> str:
    """The ``Permissions-Policy`` header: every listed feature off (``feature=()``)."""
    return ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DISABLED)


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware with the policy chosen by path, plus ``Permissions-Policy``."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        """The chosen policy in the active mode (enforced or report-only); none in the other."""
        if report_only != settings.PORTAL_CSP_REPORT_ONLY:
            return PolicyParts(config={})  # an empty policy: no header in this mode
        config = default_config(settings.PORTAL_CSP_POLICIES[policy_name(request.path_info)])
        replace = FRAMEABLE if getattr(response, "xframe_options_exempt", False) else None
        update = getattr(response, "_csp_update", None)
        return PolicyParts(config=config, update=update, replace=replace)

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        """Write the policy header(s) and Permissions-Policy (unless the view set its own)."""
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", permissions_policy())
        return response
