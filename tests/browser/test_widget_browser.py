"""A partner pastes the widget into its own site (another origin) and its visitors use it.

The partner site is a plain HTTP server on its own port (http://127.0.0.1:<port>), so the
widget loads cross-origin from the portal (http://westelijke-mijnstreek.localhost:<port>). The
snippets are the ones the portal's snippet page hands out. Screenshots land in
test-artifacts/screenshots/.
"""

import datetime
import html
import http.client
import json
import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.browser.conftest import assert_accessible, free_port

pytestmark = pytest.mark.browser

HOST = "westelijke-mijnstreek.localhost"
PARTNER_STYLE = """
body { font-family: Georgia, serif; color: #2b2b2b; background: #fdfaf3; margin: 2rem; }
ul { background: #ffe4e1; }
a { color: #7a1f00; }
"""
SETUP = """
import json
from tests.factories import WijkPageFactory
from wijken.models import GemeentePage, WijkPage
stein = GemeentePage.objects.get(slug="stein")
def wijk(slug, **fields):
    found = WijkPage.objects.filter(slug=slug).first()
    return found or WijkPageFactory(parent=stein, slug=slug, **fields)
quiet = wijk("widget-stille-wijk", title="Stille wijk", postcodes="9997")
hidden = wijk("widget-verborgen", title="Verborgen wijk", postcodes="9998",
              rollout_phase="preparation")
centrum = WijkPage.objects.get(slug="stein-centrum")
print(json.dumps({"centrum": centrum.pk, "quiet": quiet.pk, "hidden": hidden.pk}))
"""


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the partner's files without logging every request."""

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def wijken(e2e_server) -> dict[str, int]:
    """Ids of Stein-Centrum (with activities), a wijk without any and one in preparation."""
    return json.loads(e2e_server.manage("shell", "-c", SETUP).strip().splitlines()[-1])


@pytest.fixture(scope="module")
def partner(tmp_path_factory):
    """The partner's web server on its own origin; ``partner.publish(name, body)`` adds a page."""
    folder = tmp_path_factory.mktemp("partner")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    class Partner:
        origin = f"http://127.0.0.1:{server.server_address[1]}"

        def publish(self, name: str, body: str, lang: str = "nl") -> str:
            page = (
                f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>Buurtvereniging De Linde</title><style>{PARTNER_STYLE}</style></head>"
                '<body><header><nav aria-label="Menu"><ul><li><a href="/over-ons">Over ons</a>'
                "</li></ul></nav></header><main><h1>Buurtvereniging De Linde</h1>"
                f"<p>Welkom op onze site.</p>{body}</main></body></html>"
            )
            (folder / name).write_text(page, encoding="utf-8")
            return f"{self.origin}/{name}"

    yield Partner()
    server.shutdown()
    server.server_close()


def portal_get(e2e_server, path: str) -> str:
    """A page of the portal's demo region, fetched as a partner's browser would."""
    connection = http.client.HTTPConnection("127.0.0.1", e2e_server.port, timeout=30)
    connection.request("GET", path, headers={"Host": f"{HOST}:{e2e_server.port}"})
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    assert response.status == 200, (path, response.status)
    return body


def snippets(e2e_server, wijk_id: int, **params) -> dict[str, str]:
    """The script and iframe snippets as the snippet page shows them to copy."""
    query = "&".join(f"{k}={v}" for k, v in {"wijk": wijk_id, **params}.items())
    page = portal_get(e2e_server, f"/agenda-op-je-site/?{query}")
    found = dict(re.findall(r'<textarea id="snippet-(\w+)"[^>]*>(.*?)</textarea>', page, re.S))
    return {name: html.unescape(code) for name, code in found.items()}


def upcoming_from_agenda(page, e2e_server, count: int) -> list[dict]:
    """The first ``count`` not yet ended items of Stein-Centrum's agenda on the portal."""
    page.goto(e2e_server.url("/stein/stein-centrum/agenda/"))
    rows = page.locator(".agenda-item").evaluate_all(
        """items => items.map(item => ({
            title: item.querySelector('a').textContent.trim(),
            href: item.querySelector('a').getAttribute('href'),
            start: item.querySelectorAll('time')[0].getAttribute('datetime'),
            end: item.querySelectorAll('time')[1].getAttribute('datetime'),
        }))"""
    )
    now = datetime.datetime.now(datetime.UTC)
    return [r for r in rows if datetime.datetime.fromisoformat(r["end"]) > now][:count]


def widget_items(scope) -> list[dict]:
    """The items the widget shows (Playwright's locators reach into its shadow root)."""
    items = scope.locator(".wijkportaal-widget-item, [part=item]")
    found = []
    for index in range(items.count()):
        item = items.nth(index)
        times = item.locator("time")
        found.append(
            {
                "title": item.locator("a").inner_text().strip(),
                "href": item.locator("a").get_attribute("href"),
                "start": times.nth(0).get_attribute("datetime"),
                "end": times.nth(1).get_attribute("datetime"),
                "text": item.inner_text(),
            }
        )
    return found


def assert_same_as_agenda(shown: list[dict], expected: list[dict], e2e_server) -> None:
    assert shown, "the widget shows no activities"
    assert [(s["title"], s["start"], s["end"]) for s in shown] == [
        (e["title"], e["start"], e["end"]) for e in expected
    ]
    for item, agenda in zip(shown, expected, strict=True):
        assert item["href"] == e2e_server.url(agenda["href"])
        start = datetime.datetime.fromisoformat(item["start"])
        assert start.strftime("%H:%M") in item["text"]


def shot(page, artifacts_dir, name: str) -> None:
    """An extra screenshot of an intermediate step."""
    folder = artifacts_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_the_script_snippet_shows_the_wijks_next_activities_on_a_partner_site(
    e2e_server, page, partner, wijken, artifacts_dir
):
    expected = upcoming_from_agenda(page, e2e_server, 5)
    code = snippets(e2e_server, wijken["centrum"])["script"]
    assert f'src="http://{HOST}:{e2e_server.port}/widget/wijk.js"' in code
    page.goto(partner.publish("script.html", code))
    widget = page.locator("[data-wijkportaal-wijk]")
    page.wait_for_selector("[data-wijkportaal-state=ready]")
    assert widget.get_by_role("heading", level=2).inner_text() == "Activiteiten in Stein-Centrum"
    assert_same_as_agenda(widget_items(widget), expected, e2e_server)
    more = widget.get_by_role("link", name="Meer activiteiten in Stein-Centrum")
    assert more.get_attribute("href") == e2e_server.url("/stein/stein-centrum/agenda/")
    # It takes the partner's font and text colour; the partner's list style stays out of it.
    styles = widget.locator("[part=link]").first.evaluate(
        """link => { const s = getComputedStyle(link), l = getComputedStyle(link.closest('ul'));
                     return [s.fontFamily, s.color, l.backgroundColor, l.listStyleType]; }"""
    )
    assert styles == ["Georgia, serif", "rgb(43, 43, 43)", "rgba(0, 0, 0, 0)", "none"]
    partner_list = page.locator("nav ul").evaluate("u => getComputedStyle(u).listStyleType")
    assert partner_list == "disc"  # and the widget's CSS stays out of the partner's page
    assert not page.get_by_role(
        "link", name="Activiteiten in Stein-Centrum", exact=True
    ).is_visible()
    assert page.context.cookies() == []
    assert_accessible(page)
    shot(page, artifacts_dir, "widget-partner-script")
    title = expected[0]["title"]
    widget.get_by_role("link", name=title).first.click()
    page.wait_for_url(e2e_server.url(expected[0]["href"]))
    assert page.locator("h1").inner_text() == title


def test_a_keyboard_user_reaches_and_follows_the_widget_links(e2e_server, page, partner, wijken):
    code = snippets(e2e_server, wijken["centrum"], count=3)["script"]
    page.goto(partner.publish("keyboard.html", code))
    page.wait_for_selector("[data-wijkportaal-state=ready]")
    first = widget_items(page.locator("[data-wijkportaal-wijk]"))[0]
    focused = "document.activeElement.shadowRoot?.activeElement"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.innerText") == "Over ons"
    page.keyboard.press("Tab")
    assert page.evaluate(f"{focused}?.textContent") == first["title"]
    outline = page.evaluate(
        f"[getComputedStyle({focused}).outlineStyle, getComputedStyle({focused}).outlineWidth]"
    )
    assert outline == ["solid", "3px"]
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate(f"{focused}?.textContent") == "Meer activiteiten in Stein-Centrum"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(first["href"])
    assert page.locator("h1").inner_text() == first["title"]


def test_english_empty_and_hidden_wijken_on_one_partner_page(
    e2e_server, page, partner, wijken, artifacts_dir
):
    origin = f"http://{HOST}:{e2e_server.port}"
    body = (
        f'<div data-wijkportaal-wijk="{wijken["quiet"]}"></div>'
        f'<div data-wijkportaal-wijk="{wijken["hidden"]}">'
        f'<a href="{origin}/">Naar het wijkportaal</a></div>'
        f'<script src="{origin}/widget/wijk.js" data-wijk="{wijken["centrum"]}" '
        'data-lang="en" data-count="2" async></script>'
    )
    page.goto(partner.publish("three.html", body))
    page.wait_for_function(
        "document.querySelectorAll('[data-wijkportaal-state=loading]').length === 0"
        " && document.querySelectorAll('[data-wijkportaal-state]').length === 3"
    )
    quiet, hidden, english = (page.locator("[data-wijkportaal-wijk]").nth(i) for i in range(3))
    assert quiet.get_by_text("Geen activiteiten in de komende weken.").is_visible()
    assert quiet.get_by_role("link", name="Meer activiteiten in Stille wijk").is_visible()
    assert hidden.get_attribute("data-wijkportaal-state") == "failed"
    assert hidden.get_by_text("Deze wijk bestaat niet of is nog niet openbaar.").is_visible()
    assert hidden.get_by_role("link", name="Naar het wijkportaal").is_visible()
    assert english.get_by_role("heading", level=2).inner_text() == "Activities in Stein-Centrum"
    assert english.locator("[part=widget]").get_attribute("lang") == "en"
    assert len(widget_items(english)) == 2
    assert english.get_by_role("link", name="More activities in Stein-Centrum").is_visible()
    assert_accessible(page)
    shot(page, artifacts_dir, "widget-partner-states")


def test_the_partner_page_stays_whole_when_the_portal_cannot_be_reached(
    e2e_server, page, partner, wijken, artifacts_dir
):
    code = snippets(e2e_server, wijken["centrum"])["script"]
    dead = code.replace(f":{e2e_server.port}/widget/wijk.js", f":{free_port()}/widget/wijk.js")
    page.goto(partner.publish("offline.html", dead))
    assert page.locator("h1").inner_text() == "Buurtvereniging De Linde"
    fallback = page.get_by_role("link", name="Activiteiten in Stein-Centrum", exact=True)
    assert fallback.is_visible()
    assert fallback.get_attribute("href") == e2e_server.url("/stein/stein-centrum/agenda/")
    assert_accessible(page)
    shot(page, artifacts_dir, "widget-partner-script-unreachable")
    # The script loads but its data does not: a message, and the partner's link stays.
    page.route("**/widget/wijk/*.json", lambda route: route.abort())
    page.goto(partner.publish("data-offline.html", code))
    page.wait_for_selector("[data-wijkportaal-state=failed]")
    widget = page.locator("[data-wijkportaal-wijk]")
    assert widget.get_by_text("De activiteiten kunnen nu niet worden geladen.").is_visible()
    assert widget.get_by_role("link", name="Activiteiten in Stein-Centrum", exact=True).is_visible()
    assert_accessible(page)
    shot(page, artifacts_dir, "widget-partner-data-unreachable")


def test_the_iframe_snippet_works_without_scripts_and_opens_the_portal(
    e2e_server, page, partner, wijken, artifacts_dir
):
    expected = upcoming_from_agenda(page, e2e_server, 4)
    code = snippets(e2e_server, wijken["centrum"], count=4)["frame"]
    assert 'title="Activiteiten in Stein-Centrum"' in code and "sandbox=" in code
    page.goto(partner.publish("iframe.html", code))
    frame = page.frame_locator("iframe[title='Activiteiten in Stein-Centrum']")
    frame.get_by_role("heading", name="Activiteiten in Stein-Centrum").wait_for()
    assert_same_as_agenda(widget_items(frame), expected, e2e_server)
    assert_accessible(page)
    shot(page, artifacts_dir, "widget-partner-iframe")
    frame.get_by_role("link", name=expected[0]["title"]).first.click()
    page.wait_for_url(e2e_server.url(expected[0]["href"]))  # the whole tab, not the frame
    assert page.locator("h1").inner_text() == expected[0]["title"]
    page.goto(e2e_server.url(f"/widget/wijk/{wijken['centrum']}/?count=4&accent=7a1f00"))
    assert_accessible(page)


def test_a_partner_makes_a_snippet_on_the_portal_with_a_live_preview(
    e2e_server, page, wijken, artifacts_dir
):
    page.goto(e2e_server.url("/stein/stein-centrum/"))
    page.get_by_role("link", name="Deze agenda op je eigen site").click()
    assert page.locator("h1").inner_text() == "De wijkagenda op je eigen site"
    page.get_by_label("Aantal activiteiten").fill("3")
    page.get_by_role("button", name="Maak de code").click()
    code = page.get_by_label("Code voor JavaScript").input_value()
    assert f'data-wijkportaal-wijk="{wijken["centrum"]}" data-count="3"' in code
    page.wait_for_selector("[data-wijkportaal-state=ready]")
    preview = page.locator(".widget-preview [data-wijkportaal-wijk]")
    assert len(widget_items(preview)) == 3
    frame = page.frame_locator(".widget-preview iframe")
    frame.get_by_role("heading", name="Activiteiten in Stein-Centrum").wait_for()
    assert_accessible(page)
    shot(page, artifacts_dir, "widget-snippet-page")
