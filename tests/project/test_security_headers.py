"""Security headers: the policy per path, report-only, Permissions-Policy, no inline code."""

import re
from pathlib import Path

from django.conf import settings

import pytest

from home.csp import source_hash

pytestmark = pytest.mark.django_db
HOST = "testregio.localhost"


def policy(response) -> dict[str, str]:
    """The enforced Content-Security-Policy as {directive: sources}."""
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";") if " " in part.strip())


def test_portal_pages_get_the_strict_policy(client, tree):
    response = client.get(tree.wijk.url, HTTP_HOST=HOST)
    directives = policy(response)
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "Content-Security-Policy-Report-Only" not in response
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "same-origin"


def test_portal_html_has_no_inline_script_or_style(client, tree):
    """Whole pages may be cached, so no nonces: only external scripts and JSON-LD data."""
    for page in (tree.home, tree.wijk, tree.activity, tree.organisation, tree.ontwikkeling):
        html = client.get(page.url, HTTP_HOST=HOST).content.decode()
        scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
        assert all("application/ld+json" in attrs for attrs in scripts), (page.url, scripts)
        assert "<style" not in html, page.url
        assert not re.search(r"\sstyle=\"", html), page.url
        assert not re.search(r"\son[a-z]+=\"", html), page.url


def test_the_admin_gets_its_own_looser_policy(admin_client):
    response = admin_client.get("/admin/")
    directives = policy(response)
    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["frame-ancestors"] == "'self'"


def test_the_widget_frame_may_be_embedded_and_allows_only_its_colours(client, tree):
    response = client.get(f"/widget/wijk/{tree.wijk.pk}/?accent=1f4e79", HTTP_HOST=HOST)
    assert response.status_code == 200
    directives = policy(response)
    assert directives["frame-ancestors"] == "*"
    assert "X-Frame-Options" not in response
    style = re.search(r"<style>(.*?)</style>", response.content.decode(), re.S).group(1)
    assert source_hash(style) in directives["style-src"]
    assert "'unsafe-inline'" not in directives["style-src"]
    # Any other page keeps refusing frames.
    other = client.get(f"/widget/wijk/{tree.wijk.pk}.json", HTTP_HOST=HOST)
    assert policy(other)["frame-ancestors"] == "'none'"


def test_report_only_sends_the_same_policy_without_enforcing(client, tree, settings):
    settings.PORTAL_CSP_REPORT_ONLY = True
    response = client.get(tree.wijk.url, HTTP_HOST=HOST)
    assert "Content-Security-Policy" not in response
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]


def test_the_region_colours_come_as_a_stylesheet(client, tree):
    from home.models import BrandingSettings

    branding = BrandingSettings.for_site(tree.site)
    branding.primary_colour, branding.accent_colour = "#123456", "#654321"
    branding.save()
    html = client.get(tree.wijk.url, HTTP_HOST=HOST).content.decode()
    assert "/huisstijl.css?v=123456654321" in html
    css = client.get("/huisstijl.css", HTTP_HOST=HOST)
    assert css["Content-Type"].startswith("text/css")
    assert "--wp-primary: #123456" in css.content.decode()


def test_the_iframe_snippets_style_hash_is_in_the_policy():
    """The snippet page previews the iframe snippet, whose style attribute the policy names."""
    template = Path(settings.BASE_DIR, "templates/aanbod/widget/snippet_frame.html").read_text()
    style = re.search(r'style="([^"]+)"', template).group(1)
    attr_sources = settings.PORTAL_CSP_POLICIES["portal"]["style-src-attr"]
    assert source_hash(style) in attr_sources
