"""Content-Security-Policy helpers for views: allow one exact inline text by its hash.

The policy itself (per path, report-only switch) is chosen in ``cms/security.py``. Pages carry
no per-request nonces, so that whole pages can be cached; a view whose page needs a small inline
style built from validated input allows exactly that text by its SHA-256 hash.
"""

import base64
import hashlib

from django.http import HttpResponse


def source_hash(text: str) -> str:
    """The CSP source expression (``'sha256-…'``) that allows exactly this inline text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def allow_inline_style(response: HttpResponse, text: str) -> HttpResponse:
    """Let the response's policy admit one ``<style>`` element with exactly ``text``."""
    update = dict(getattr(response, "_csp_update", None) or {})
    update["style-src"] = [*update.get("style-src", []), source_hash(text)]
    response._csp_update = update
    return response
