"""In Chromium: the "Leesbaarheid (B1)" panel follows the text as the editor types it."""

import re

import pytest

from tests.browser.conftest import admin_login

pytestmark = pytest.mark.browser

AMBTELIJK = (
    "Indien je woonachtig bent in de wijk, kun je teneinde deel te nemen aan de bijeenkomst "
    "die door de gemeente samen met de woningcorporatie wordt georganiseerd ten behoeve van de "
    "bewoners, je vooraf middels het formulier aanmelden."
)
FIND_ACTIVITY = (
    "from aanbod.models import ActivityPage;"
    "print(next(p.pk for p in ActivityPage.objects.live().order_by('pk')"
    " if any(b.block_type == 'paragraph' for b in p.body)))"
)


def test_the_hints_follow_the_intro_and_the_body_as_the_editor_types(page, e2e_server):
    activity = int(e2e_server.manage("shell", "-c", FIND_ACTIVITY).split()[-1])
    admin_login(page, e2e_server)
    page.goto(e2e_server.url(f"/admin/pages/{activity}/edit/"))
    panel = page.locator("[data-readability-panel]")
    source = panel.locator("[data-readability-source]")
    result = panel.locator("[data-readability-result]")
    assert "de laatst opgeslagen versie" in source.inner_text()
    assert "Leesgemak" in result.inner_text()

    page.fill("#id_intro", AMBTELIJK)
    expect_text(result, "Ambtelijk woord: 'Indien'. Schrijf liever: als.")
    assert "zoals die nu in het formulier staat" in source.inner_text()
    assert "Lijdende vorm: 'wordt … georganiseerd'" in result.inner_text()
    assert re.search(r"Lange zin: \d+ woorden", result.inner_text())
    assert "Leesgemak" in panel.locator("[data-readability-status]").inner_text()

    paragraph = page.locator("[data-contentpath='body'] .public-DraftEditor-content").first
    paragraph.click()
    page.keyboard.press("End")
    page.keyboard.type(" Gelieve het formulier te retourneren.")
    expect_text(result, "Schrijf liever: terugsturen.")

    page.fill("#id_intro", "Kom koffie drinken. Iedereen is welkom.")
    page.wait_for_function(
        "() => !document.querySelector('[data-readability-result]').innerText.includes('Indien')"
    )
    assert "Schrijf liever: wil je." in result.inner_text()  # the body's hint stays
    panel.scroll_into_view_if_needed()  # for the screenshot
    assert_panel_accessible(page)


def assert_panel_accessible(page) -> None:
    """axe-core on the panel alone (Wagtail's own admin is not this project's to fix)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        context="[data-readability-panel]",
        options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    )
    serious = [
        (v["id"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]
    assert not serious, f"axe-core found serious/critical violations in the panel: {serious}"


def expect_text(locator, text: str) -> None:
    """Wait (up to the page's timeout) until the locator's text contains ``text``."""
    from playwright.sync_api import expect

    expect(locator).to_contain_text(text)
