"""Chromium visits every page type under the Content-Security-Policy: no violations, JS works."""

import json

import pytest

from tests.browser.conftest import admin_login

pytestmark = pytest.mark.browser

# The demo region's pages by type, found on the server's own database.
FIND_PAGES = """
import json
from wagtail.models import Site
from aanbod.models import ActivityPage, OrganisationPage, ServicePage
from aanbod.visibility import visible_offers, visible_requests
from wijken.models import GemeentePage, OntwikkelingPage, WijkPage
from aanbod.models import MarketplacePage
from home.regions import in_site_region
from aanbod.visibility import public_pages
site = Site.objects.get(is_default_site=True)
def first(qs):
    page = public_pages(in_site_region(qs, site)).order_by("path").first()
    return {"url": page.relative_url(site), "id": page.pk}
wijk = first(WijkPage.objects.all())
print(json.dumps({
    "gemeente": first(GemeentePage.objects.all()),
    "wijk": wijk,
    "ontwikkeling": first(OntwikkelingPage.objects.all()),
    "organisation": first(OrganisationPage.objects.all()),
    "service": first(ServicePage.objects.all()),
    "activity": first(ActivityPage.objects.all()),
    "marketplace": first(MarketplacePage.objects.all()),
    "request": first(visible_requests()),
    "offer": first(visible_offers()),
}))
"""

# Recorded in every document (also in shadow roots: the event is composed and bubbles).
LISTEN = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (event) {
    window.__csp.push(event.violatedDirective + " " + event.blockedURI + " " + event.sourceFile
        + ":" + event.lineNumber);
}, true);
"""


@pytest.fixture(scope="module")
def demo_pages(e2e_server) -> dict:
    """URLs and ids of one public page of each type in the default demo region."""
    return json.loads(e2e_server.manage("shell", "-c", FIND_PAGES).strip().splitlines()[-1])


@pytest.fixture
def watched(page):
    """A tab that records CSP violations from the console and from ``securitypolicyviolation``."""
    refused: list[str] = []
    page.on(
        "console",
        lambda msg: (
            refused.append(msg.text)
            if "Content Security Policy" in msg.text or msg.text.startswith("Refused to")
            else None
        ),
    )
    page.add_init_script(LISTEN)
    page.refused = refused
    return page


def assert_no_violations(page, idle: bool = True) -> None:
    """Neither the console nor the page's listener saw a CSP violation."""
    page.wait_for_load_state("networkidle" if idle else "load")
    events = page.evaluate("window.__csp || []")
    assert not page.refused and not events, (page.url, page.refused, events)


def visit(page, url: str, idle: bool = True) -> None:
    """Open a URL and check it is served under an enforced policy without violations."""
    response = page.goto(url)
    assert response.status == 200, (url, response.status)
    assert response.headers.get("content-security-policy"), url
    assert "camera=()" in response.headers.get("permissions-policy", "")
    assert_no_violations(page, idle)


def test_every_public_page_type_has_no_violations(e2e_server, watched, demo_pages):
    paths = [
        "/",
        demo_pages["gemeente"]["url"],
        demo_pages["wijk"]["url"],
        demo_pages["wijk"]["url"] + "agenda/",
        demo_pages["activity"]["url"],
        demo_pages["organisation"]["url"],
        demo_pages["service"]["url"],
        demo_pages["ontwikkeling"]["url"],
        demo_pages["marketplace"]["url"],
        demo_pages["request"]["url"],
        demo_pages["offer"]["url"],
        "/vind-je-wijk/",
        "/en/",
    ]
    for path in paths:
        visit(watched, e2e_server.url(path))


def test_the_search_type_ahead_works_under_the_policy(e2e_server, watched):
    visit(watched, e2e_server.url("/zoeken/?q=koffie"))
    assert watched.locator("main a").count() > 0  # results
    watched.fill("#q", "wand")
    # Locators, not wait_for_function: that one evaluates a string, which the policy forbids.
    watched.locator("#q-suggestions option").first.wait_for(state="attached", timeout=10_000)
    assert_no_violations(watched)


def test_the_marketplace_form_posts_under_the_policy(e2e_server, watched, demo_pages):
    """The form page loads its styles; submitting an empty form shows the errors, no violation."""
    visit(watched, e2e_server.url(demo_pages["marketplace"]["url"]))
    form = watched.locator("main form[method=post]").first
    form.locator("button[type=submit], input[type=submit]").first.click()
    watched.wait_for_load_state("networkidle")
    assert_no_violations(watched)


def test_the_widget_preview_renders_and_the_frame_may_be_embedded(e2e_server, watched, demo_pages):
    wijk = demo_pages["wijk"]["id"]
    visit(watched, e2e_server.url(f"/agenda-op-je-site/?wijk={wijk}&count=3&lang=nl"))
    # The script snippet's preview draws into a shadow root (a constructed stylesheet).
    watched.locator(".widget-preview [data-wijkportaal-wijk] section").first.wait_for()
    frame = watched.frame_locator(".widget-preview iframe")
    assert frame.locator("body").inner_text()
    assert_no_violations(watched)

    response = watched.goto(e2e_server.url(f"/widget/wijk/{wijk}/?accent=1f4e79"))
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors *" in policy
    assert "x-frame-options" not in response.headers
    assert_no_violations(watched)


def test_the_admin_lives_with_its_policy(e2e_server, watched, demo_pages):
    visit(watched, e2e_server.url("/admin/login/"))
    admin_login(watched, e2e_server)
    assert_no_violations(watched)
    visit(watched, e2e_server.url(f"/admin/pages/{demo_pages['ontwikkeling']['id']}/edit/"))
    watched.locator("[data-draftail-input], .Draftail-Editor").first.wait_for()
    watched.locator("#id_title").fill("Nieuwe titel")
    assert_no_violations(watched)
    visit(watched, e2e_server.url("/admin/images/"))
    # A public page seen by a logged-in editor, with Wagtail's user bar (which keeps a
    # connection open, so the network never idles: wait for the bar itself).
    visit(watched, e2e_server.url(demo_pages["wijk"]["url"]), idle=False)
    watched.locator("wagtail-userbar").first.wait_for(state="attached")
    assert_no_violations(watched, idle=False)
