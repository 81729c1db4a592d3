"""In Chromium: the admin's lockout page after too many wrong passwords, and the unsubscribe
page (a button, no change on opening it) checked with axe-core."""

from django.core import signing

import pytest

from aanbod.marketplace.subscriptions import UNSUBSCRIBE_SALT
from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser


def test_the_admin_says_in_dutch_that_the_login_is_locked(page, e2e_server):
    """A username of its own, so the other browser tests' admin login stays open."""
    page.goto(e2e_server.url("/admin/login/"))
    for _attempt in range(5):
        page.fill("#id_username", "e2e-lockout")
        page.fill("#id_password", "verkeerd-wachtwoord")
        page.click("button[type=submit]")
        page.wait_for_load_state()
        if "Te veel mislukte pogingen" in page.content():
            break
        assert page.locator("#id_username").is_visible()
    heading = page.locator("h1")
    assert heading.inner_text() == "Te veel mislukte pogingen"
    assert "minuten geblokkeerd" in page.locator("[role=alert]").inner_text()
    page.click("text=Nieuw wachtwoord aanvragen")
    page.wait_for_url("**/admin/password_reset/")


def test_the_unsubscribe_page_shows_a_button_and_is_accessible(page, e2e_server):
    token = signing.dumps(987654, salt=UNSUBSCRIBE_SALT)  # signed like the server's links
    response = page.goto(e2e_server.url(f"/vraag-en-aanbod/afmelden/{token}/"))
    assert response.status == 200
    assert page.locator("h1").inner_text() == "Afmelden voor e-mail over vraag en aanbod"
    assert_accessible(page)
    page.click("button:has-text('Ja, meld me af')")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Je bent afgemeld"
    assert_accessible(page)
