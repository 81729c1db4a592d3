"""In Chromium, as an organisation editor: a spreadsheet with one bad row is refused with that
row's error in Dutch, nothing is imported; the fixed file is previewed and imported."""

import datetime

import pytest

from tests.browser.conftest import assert_accessible
from tests.roles import PASSWORD

pytestmark = pytest.mark.browser
EDITOR = "e2e-spreadsheet"
HEADINGS = "Kenmerk;Titel;Korte omschrijving;Datum;Begintijd;Eindtijd;Herhaling;Wijken"


TODAY = datetime.date.today()
# A Tuesday some weeks ahead, and the second Tuesday of the month after it.
TUESDAY = TODAY + datetime.timedelta(days=28 + (1 - TODAY.weekday()) % 7)
FIRST_OF_MONTH = (TUESDAY.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
SECOND_TUESDAY = FIRST_OF_MONTH + datetime.timedelta(days=(1 - FIRST_OF_MONTH.weekday()) % 7 + 7)
BAD_DATE = f"31-2-{TUESDAY.year + 1}"


def spreadsheet(bad_date: bool) -> bytes:
    """Two activities of Cicero Zorggroep; if ``bad_date`` row 3 has an impossible date."""
    second = BAD_DATE if bad_date else f"{SECOND_TUESDAY:%d-%m-%Y}"
    lines = [
        HEADINGS,
        f"S1;Spreadsheet-koffie;Koffie en een praatje.;{TUESDAY:%d-%m-%Y};10:00;11.30;"
        "elke dinsdag;Kemperkoul",
        f"S2;Spreadsheet-wandeling;Samen een rondje lopen.;{second};14:00;15:00;"
        "iedere 2e dinsdag van de maand;Kemperkoul",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.fixture(scope="module")
def editor_login(e2e_server):
    """An editor of Cicero Zorggroep (the group onboarding makes), created on the server."""
    e2e_server.manage(
        "shell",
        "-c",
        "from aanbod.models import OrganisationPage; from tests.roles import organisation_editor;"
        f"organisation_editor(OrganisationPage.objects.get(slug='cicero-zorggroep'), '{EDITOR}')",
    )
    return EDITOR


def choose_file(page, content: bytes) -> None:
    page.set_input_files(
        "#id_file", files=[{"name": "activiteiten.csv", "mimeType": "text/csv", "buffer": content}]
    )
    page.click("button:has-text('Bestand bekijken')")
    page.wait_for_load_state()


def test_a_bad_row_is_shown_then_the_fixed_file_is_imported(page, e2e_server, editor_login):
    page.goto(e2e_server.url("/admin/login/"))
    page.fill("#id_username", editor_login)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.click("text=Spreadsheet importeren")
    page.wait_for_url("**/admin/spreadsheet/")
    assert page.locator("a:has-text('sjabloon voor Excel (.xlsx)')").is_visible()

    choose_file(page, spreadsheet(bad_date=True))
    alert = page.locator("section[role=alert]")
    assert "Dit bestand wordt niet geïmporteerd" in alert.inner_text()
    assert alert.locator("li").all_inner_texts() == [f"Rij 3: de datum '{BAD_DATE}' bestaat niet"]
    assert page.locator("button[value=import]").count() == 0
    assert_accessible(page)

    choose_file(page, spreadsheet(bad_date=False))
    assert "2 nieuwe activiteiten" in page.locator("#spreadsheet-samenvatting").inner_text()
    assert "meteen gepubliceerd" in page.locator("#spreadsheet-samenvatting").inner_text()
    assert (
        "iedere 2e dinsdag van de maand"
        in page.get_by_role("table", name="Wat er met elke rij gebeurt").inner_text()
    )
    assert "FREQ" not in page.content()
    page.click("button[value=import]")
    page.wait_for_load_state()
    assert "2 nieuw, 0 gewijzigd, 0 ongewijzigd" in page.locator(".messages").inner_text()
    assert page.locator("text=Spreadsheet-koffie").first.is_visible()
    assert page.locator("text=Spreadsheet-wandeling").first.is_visible()
