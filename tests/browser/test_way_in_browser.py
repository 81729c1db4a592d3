"""In Chromium: an organisation editor signs in with their e-mail address on a Dutch login
page and finds "Mijn organisatie" with a button straight to a new activity (axe-core checked);
no request leaves for Gravatar."""

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser
EMAIL, PASSWORD = "els.way-in@example.org", "e2e-wachtwoord-way-in"


def organisation_editor(server) -> str:
    """An editor of the first demo organisation of the default region; returns its title."""
    return server.manage(
        "shell",
        "-c",
        (
            "from django.contrib.auth import get_user_model as g;"
            "from aanbod.models import OrganisationPage;"
            "from aanbod.editorial.onboarding import ensure_organisation_access;"
            "from wagtail.models import Site;"
            "home = Site.objects.get(is_default_site=True).root_page;"
            "org = OrganisationPage.objects.descendant_of(home).order_by('title').first();"
            f"u, _ = g().objects.get_or_create(username='els-way-in', email='{EMAIL}');"
            f"u.set_password('{PASSWORD}'); u.save();"
            "u.groups.add(ensure_organisation_access(org));"
            "print(org.title)"
        ),
    ).splitlines()[-1]  # the last line: the shell may say first what it imported


def test_an_organisation_editor_signs_in_by_e_mail_and_finds_a_new_activity(page, e2e_server):
    title = organisation_editor(e2e_server)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(e2e_server.url("/admin/login/"))
    assert page.locator("h1").inner_text().startswith("Inloggen bij Wijkportaal")
    assert page.locator("label[for=id_username]").inner_text().startswith("E-mailadres")
    assert page.locator("label[for=id_password]").inner_text().startswith("Wachtwoord")
    assert_accessible(page)
    page.fill("#id_username", EMAIL)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    panel = page.locator("#my-organisation-section, [id^=my-organisation]").first
    assert "Mijn organisatie" in page.content()
    assert title in panel.inner_text()
    page.click("a:has-text('Nieuwe activiteit')")
    page.wait_for_url("**/admin/pages/add/aanbod/activitypage/**")
    assert page.locator("#page-edit-form").is_visible()
    # The avatars are initials drawn locally: nothing goes to Gravatar.
    assert not [url for url in requested if "gravatar" in url]
