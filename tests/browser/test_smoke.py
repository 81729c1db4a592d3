"""The portal serves its demo regions to a real browser, and they pass axe-core."""

import pytest

from tests.browser.conftest import admin_login, assert_accessible

pytestmark = pytest.mark.browser


def test_a_resident_opens_the_region_and_a_gemeente(e2e_server, page):
    page.goto(e2e_server.url("/"))
    assert page.locator("h1").inner_text() == "Wijkportaal Westelijke Mijnstreek"
    assert_accessible(page)
    page.get_by_role("link", name="Sittard-Geleen").first.click()
    assert page.locator("h1").inner_text().startswith("Sittard-Geleen")
    assert_accessible(page)


def test_the_second_region_answers_on_its_own_hostname(e2e_server, page):
    page.goto(e2e_server.url("/", host="midden-limburg-west.localhost"))
    assert "Midden-Limburg West" in page.locator("h1").inner_text()


def test_an_editor_logs_in_to_the_admin(e2e_server, page):
    admin_login(page, e2e_server)
    assert "/admin/" in page.url
