"""A resident searches in a real browser: type-ahead, results with facets, and axe-core."""

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser


def test_a_resident_searches_with_typeahead_and_a_facet(e2e_server, page):
    page.goto(e2e_server.url("/zoeken/"))
    box = page.get_by_label("Waar zoek je naar?")
    box.fill("koff")
    # the type-ahead fills the datalist from the JSON endpoint
    # A locator, not wait_for_function: that one evaluates a string, which the CSP forbids.
    page.locator("#q-suggestions option").first.wait_for(state="attached", timeout=10_000)
    options = page.locator("#q-suggestions option").evaluate_all("os => os.map(o => o.value)")
    assert any("Koffie" in value for value in options)
    box.fill("koffie")
    box.press("Enter")
    page.wait_for_url("**/zoeken/?q=koffie*")
    assert page.locator(".search-result").count() >= 1
    assert page.locator(".search-result mark").first.inner_text().lower() == "koffie"
    assert_accessible(page)
    page.locator(".search-facets a").first.click()
    assert page.locator(".facet-selected").count() == 1
    assert_accessible(page)
