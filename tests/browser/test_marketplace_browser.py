"""Vraag en aanbod in a real browser, with a real SMTP server receiving the portal's mail.

A resident posts a request, confirms it with the link from the e-mail, a moderator approves it
in the admin, it is listed on its wijk page, a second resident replies through the relay and
the first receives that reply. axe-core checks the public pages on the way.
"""

import re
import time

import pytest

from tests.browser.conftest import admin_login, assert_accessible
from tests.smtp import SMTPServer

pytestmark = pytest.mark.browser
MARKET = "/sittard-geleen/vraag-en-aanbod/"
EMAIL = "browser.bewoner@example.org"


@pytest.fixture(scope="module")
def smtp(e2e_server):
    """An aiosmtpd server on the port the e2e server sends to."""
    server = SMTPServer(port=e2e_server.smtp_port).start()
    yield server
    server.stop()


def wait_for_mail(smtp, to: str, count: int = 1, timeout: float = 20.0):
    """The messages received for ``to`` once there are ``count`` of them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        messages = [m for m in smtp.inbox.messages if m["To"] == to]
        if len(messages) >= count:
            return messages
        time.sleep(0.2)
    raise AssertionError(f"no mail {count} for {to}: {[m['To'] for m in smtp.inbox.messages]}")


def body(message) -> str:
    return message.get_body(("plain",)).get_content()


def test_post_confirm_approve_list_and_relay(e2e_server, smtp, page, chromium, artifacts_dir):
    (artifacts_dir / "screenshots").mkdir(parents=True, exist_ok=True)
    page.goto(e2e_server.url(MARKET))
    assert_accessible(page)
    page.get_by_label("Een vraag: ik zoek hulp").check()
    page.locator("#id_post-category").select_option(index=1)
    page.locator("#id_post-wijk").select_option(label="Kemperkoul")
    page.get_by_label("Titel").fill("Browsertest: wie wandelt met mij?")
    page.get_by_label("Omschrijving").fill("Ik loop met een rollator en wandel graag in het park.")
    page.get_by_label("Voornaam").fill("Betsie")
    page.locator("#id_post-email").fill(EMAIL)
    page.locator("#id_post-consent").check()
    page.get_by_role("button", name="Versturen").click()
    page.wait_for_url("**/verzonden/")
    assert "bevestig" in page.locator("h1").inner_text().lower()
    assert_accessible(page)

    [confirmation] = wait_for_mail(smtp, EMAIL)
    link = re.search(r"https?://\S+/beheer/\S+/", body(confirmation)).group(0)
    page.goto(link)
    assert_accessible(page)
    page.get_by_role("button", name="Bevestig mijn bericht").click()
    page.wait_for_url("**klaar=confirmed")
    assert "bevestigd" in page.locator(".notice").inner_text()

    output = e2e_server.manage(
        "shell",
        "-c",
        "from aanbod.models import RequestPage;"
        "print('ITEM=%s' % RequestPage.objects.get(title__startswith='Browsertest').pk)",
    )
    item_id = re.search(r"ITEM=(\d+)", output).group(1)
    moderator = chromium.new_context(locale="nl-NL")
    admin = moderator.new_page()
    admin.set_default_timeout(15_000)
    admin_login(admin, e2e_server)
    admin.goto(e2e_server.url(f"/admin/pages/{item_id}/edit/"))
    admin.screenshot(path=str(artifacts_dir / "screenshots" / "marketplace_moderator.png"))
    assert "404" not in admin.title(), (output, admin.url)
    approve = admin.locator(
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    )
    with admin.expect_navigation():
        approve.dispatch_event("click")  # the item of the action menu's dropdown
    moderator.close()
    [_, approved] = wait_for_mail(smtp, EMAIL, count=2)
    assert "staat online" in approved["Subject"]

    page.goto(e2e_server.url("/sittard-geleen/kemperkoul/"))
    page.get_by_role("link", name="Browsertest: wie wandelt met mij?").click()
    assert_accessible(page)

    # A second resident, in a browser of their own, replies through the relay.
    other = chromium.new_context(locale="nl-NL")
    second = other.new_page()
    second.set_default_timeout(15_000)
    second.goto(page.url)
    second.get_by_label("Je voornaam").fill("Harrie")
    second.get_by_label("Je e-mailadres").fill("harrie.helper@example.org")
    second.get_by_label("Je bericht").fill("Ik wandel graag mee, dinsdagmiddag?")
    second.locator("#id_reply-consent").check()
    second.get_by_role("button", name="Bericht versturen").click()
    second.get_by_text("Je bericht is doorgestuurd").wait_for()
    assert EMAIL not in second.content()
    other.close()

    [*_, relayed] = wait_for_mail(smtp, EMAIL, count=3)
    assert relayed["Reply-To"] == "harrie.helper@example.org"
    assert "Ik wandel graag mee, dinsdagmiddag?" in body(relayed)


def test_form_errors_are_accessible_and_keep_the_text(e2e_server, page):
    page.goto(e2e_server.url(MARKET))
    page.get_by_label("Titel").fill("Een titel die blijft staan")
    page.get_by_role("button", name="Versturen").click()
    assert page.get_by_text("Controleer het formulier").is_visible()
    assert page.get_by_label("Titel").input_value() == "Een titel die blijft staan"
    assert_accessible(page)
