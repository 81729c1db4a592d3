"""A resident uses the portal in Chromium: the main path, postcode lookup, agenda, keyboard, zoom.

Every page type is checked with axe-core (serious or critical WCAG 2.1 AA violations fail).
Screenshots land in test-artifacts/screenshots/ (the ``page`` fixture takes one per test).
"""

from pathlib import Path

import icalendar
import pytest

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser

STEIN = "/stein/"
STEIN_CENTRUM = "/stein/stein-centrum/"


def shot(page, artifacts_dir, name: str) -> None:
    """An extra screenshot of an intermediate step."""
    folder = artifacts_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_resident_goes_from_home_to_an_activity_and_adds_it_to_their_calendar(
    e2e_server, page, artifacts_dir
):
    page.goto(e2e_server.url("/"))
    assert_accessible(page)
    page.get_by_role("link", name="Stein", exact=True).click()
    assert page.locator("h1").inner_text().startswith("Stein")
    assert_accessible(page)
    page.get_by_role("link", name="Stein-Centrum", exact=True).click()
    assert page.locator("h1").inner_text().startswith("Stein-Centrum")
    assert_accessible(page)
    week = page.locator("section[aria-labelledby=week-title]")
    first = week.locator(".agenda-item a").first
    title = first.inner_text()
    first.click()
    assert page.locator("h1").inner_text() == title
    assert page.locator("main").get_by_text("Volgende keren").is_visible()
    assert_accessible(page)
    shot(page, artifacts_dir, "main-path-activity")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Zet in mijn agenda").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == title
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]


def test_postcode_lookup_finds_the_wijk_and_explains_a_typo(e2e_server, page, artifacts_dir):
    page.goto(e2e_server.url("/"))
    page.get_by_label("Je postcode").fill(" 6171ab ")
    page.get_by_role("button", name="Zoek mijn wijk").click()
    assert page.locator("h1").inner_text().startswith("Stein-Centrum")
    page.goto(e2e_server.url("/"))
    page.get_by_label("Je postcode").fill("61A1")
    page.get_by_role("button", name="Zoek mijn wijk").click()
    alert = page.get_by_role("alert")
    assert "is geen Nederlandse postcode" in alert.inner_text()
    assert page.get_by_role("link", name="Stein-Centrum").is_visible()
    assert page.get_by_label("Je postcode").input_value() == "61A1"
    assert_accessible(page)


def test_agenda_filter_by_category_and_a_wrong_date_range(e2e_server, page, artifacts_dir):
    page.goto(e2e_server.url(STEIN + "agenda/"))
    assert_accessible(page)
    everything = page.locator(".agenda-item").count()
    assert everything > 0
    options = page.locator("#id_categorie option")
    chosen = options.nth(1).inner_text()
    page.get_by_label("Onderwerp").select_option(label=chosen)
    page.get_by_role("button", name="Toon activiteiten").click()
    assert "categorie=" in page.url
    assert chosen in page.locator(".result-count").inner_text()
    assert page.locator(".agenda-item").count() <= everything
    assert page.get_by_label("Onderwerp").input_value() != ""  # the choice is kept
    shot(page, artifacts_dir, "agenda-filtered")
    page.get_by_label("Vanaf").fill("2026-06-10")
    page.get_by_label("Tot en met").fill("2026-06-01")
    page.get_by_role("button", name="Toon activiteiten").click()
    summary = page.locator(".error-summary")
    assert "De einddatum ligt voor de begindatum." in summary.inner_text()
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.id") == "id_tot"
    assert_accessible(page)


def _tab_to(page, text: str, limit: int = 80) -> None:
    """Press Tab until the focused element's text is ``text``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.innerText.trim()") == text:
            return
    raise AssertionError(f"could not reach {text!r} with the keyboard")


def test_keyboard_only_main_path_with_visible_focus(e2e_server, page, artifacts_dir):
    page.goto(e2e_server.url("/"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible()  # shown when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    _tab_to(page, "Stein")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus must be visible"
    page.keyboard.press("Enter")
    page.wait_for_url("**/stein/")
    _tab_to(page, "Stein-Centrum")
    page.keyboard.press("Enter")
    page.wait_for_url("**/stein/stein-centrum/")
    _tab_to(page, "Hele agenda")
    page.keyboard.press("Enter")
    page.wait_for_url("**/stein-centrum/agenda/")
    page.keyboard.press("Tab")  # the filter form is reachable and usable by keyboard
    _tab_to(page, "Toon activiteiten")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Agenda Stein-Centrum"
    shot(page, artifacts_dir, "keyboard-agenda")


PAGE_TYPES = [
    "/",  # HomePage
    STEIN,  # GemeentePage
    STEIN_CENTRUM,  # WijkPage
    STEIN_CENTRUM + "agenda/",  # agenda
    "/organisaties/",  # OrganisationIndexPage
    "/organisaties/cicero-zorggroep/",  # OrganisationPage
    "/organisaties/cicero-zorggroep/cicero-alarmknop/",  # ServicePage
    "/organisaties/levantogroep/digi-cafe-stein/",  # ActivityPage
    "/stein/ontwikkelingen/",  # OntwikkelingIndexPage
    "/stein/ontwikkelingen/elsloo-sluit-aan/",  # OntwikkelingPage
    "/toegankelijkheidsverklaring/",  # StandardPage
    "/vind-je-wijk/?postcode=0000",  # postcode lookup with a message
    "/bestaat-niet/",  # 404
]


def test_every_page_type_passes_axe_and_fits_320px_at_400_percent_zoom(
    e2e_server, chromium, artifacts_dir
):
    # 1280 CSS px at 400% zoom is a 320 px wide viewport (WCAG 1.4.10 reflow).
    context = chromium.new_context(locale="nl-NL", viewport={"width": 320, "height": 256})
    tab = context.new_page()
    try:
        for path in PAGE_TYPES:
            response = tab.goto(e2e_server.url(path))
            assert response.status == (404 if path == "/bestaat-niet/" else 200), path
            assert_accessible(tab)
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= 320, f"{path} scrolls sideways at 320px ({width}px)"
        shot(tab, artifacts_dir, "wijk-320px")
    finally:
        context.close()


def test_the_portal_works_without_javascript(e2e_server, chromium, artifacts_dir):
    context = chromium.new_context(locale="nl-NL", java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(e2e_server.url("/"))
        tab.get_by_label("Je postcode").fill("6171")
        tab.get_by_role("button", name="Zoek mijn wijk").click()
        assert tab.locator("h1").inner_text().startswith("Stein-Centrum")
        tab.get_by_role("link", name="Hele agenda").click()
        tab.get_by_label("Tot en met").fill("2026-01-01")
        tab.get_by_label("Vanaf").fill("2026-02-01")
        tab.get_by_role("button", name="Toon activiteiten").click()
        assert tab.locator(".error-summary").is_visible()
        shot(tab, artifacts_dir, "no-javascript-agenda")
    finally:
        context.close()


def test_english_pages_use_english_and_the_lang_attribute(e2e_server, page):
    page.goto(e2e_server.url("/en/find-your-wijk/?postcode=abc"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Find your wijk"
    assert "is not a Dutch postcode" in page.get_by_role("alert").inner_text()
    assert_accessible(page)
