"""Importing a spreadsheet through the admin as an organisation editor, and as a command."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from wagtail.models import WorkflowState

import pytest

from aanbod.models import ActivityPage, SpreadsheetMapping, SpreadsheetUpload
from aanbod.spreadsheets.columns import COLUMNS
from tests import factories as f
from tests.roles import gemeente_users, organisation_editor

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
HEADINGS = [str(c.heading) for c in COLUMNS]


def row(key: str, title: str, **cells) -> dict:
    """One activity row, by heading; a weekly Tuesday morning in 2030 unless told otherwise."""
    values = {
        "Kenmerk": key,
        "Titel": title,
        "Korte omschrijving": f"{title} in de wijk.",
        "Datum": "8-1-2030",
        "Begintijd": "10:00",
        "Eindtijd": "11.30",
        "Herhaling": "elke dinsdag",
        "Wijken": "Zonnewijk",
    }
    values.update(cells)
    return values


def as_csv(rows: list[dict], headings=HEADINGS) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=headings, delimiter=";", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def upload(client, organisation, content: bytes, name: str = "activiteiten.csv"):
    """Upload a file; returns the preview response (followed)."""
    return client.post(
        "/admin/spreadsheet/",
        {"organisation": organisation.pk, "file": SimpleUploadedFile(name, content)},
        follow=True,
    )


def mapping_post(action: str, headings=HEADINGS) -> dict:
    by_heading = {str(c.heading): c.key for c in COLUMNS}
    return {"action": action, **{by_heading[h]: h for h in headings if h in by_heading}}


def import_file(client, organisation, content: bytes):
    """Upload, then press 'Importeren' on the preview."""
    preview = upload(client, organisation, content)
    assert preview.status_code == 200
    return client.post(preview.redirect_chain[-1][0], mapping_post("import"), follow=True)


def activities(organisation) -> dict[str, ActivityPage]:
    return {
        p.import_key: p for p in ActivityPage.objects.child_of(organisation).exclude(import_key="")
    }


@pytest.fixture
def org(tree):
    return tree.organisation


@pytest.fixture
def editor(client, org):
    client.force_login(organisation_editor(org, "els"))
    return client


def test_new_rows_are_published_under_the_organisation(editor, org, tree):
    content = as_csv(
        [
            row("A1", "Koffie-ochtend"),
            row(
                "A2",
                "Repair Café",
                Datum="10 jan 2030",
                Herhaling="elke 2e donderdag van de maand",
                **{"Tot en met": "30-6-2030"},
            ),
            row("A3", "Kerstmarkt", Datum="14-12-2030", Herhaling="eenmalig", Wijken=""),
        ]
    )
    preview = upload(editor, org, content)
    html = preview.content.decode()
    assert "3 nieuwe activiteiten" in html and "meteen gepubliceerd" in html
    assert "elke 2e donderdag van de maand" in html
    assert "FREQ=" not in html
    assert not activities(org)  # the preview writes nothing

    response = editor.post(preview.redirect_chain[-1][0], mapping_post("import"), follow=True)
    assert "3 nieuw, 0 gewijzigd, 0 ongewijzigd" in response.content.decode()
    pages = activities(org)
    assert set(pages) == {"A1", "A2", "A3"}
    assert all(p.live for p in pages.values())
    koffie, repair = pages["A1"], pages["A2"]
    assert koffie.start == datetime.datetime(2030, 1, 8, 10, 0, tzinfo=TZ)
    assert koffie.end == datetime.datetime(2030, 1, 8, 11, 30, tzinfo=TZ)
    assert koffie.recurrence == "FREQ=WEEKLY;BYDAY=TU"
    assert list(koffie.wijken.all()) == [tree.wijk]
    # The stored visibility was recomputed once for the organisation: residents see them.
    assert koffie.is_publicly_visible() and repair.is_publicly_visible()
    assert repair.recurrence == "FREQ=MONTHLY;BYDAY=2TH"
    assert repair.series_end == datetime.date(2030, 6, 30)
    # An empty Wijken cell: the organisation's own wijken.
    assert list(pages["A3"].wijken.all()) == list(org.wijken.all())
    assert not SpreadsheetUpload.objects.exists()  # the file is not kept after the import


def test_changed_rows_get_a_new_revision_and_unchanged_rows_none(editor, org):
    import_file(editor, org, as_csv([row("A1", "Koffie-ochtend"), row("A2", "Wandelen")]))
    before = {k: p.revisions.count() for k, p in activities(org).items()}
    content = as_csv(
        [row("A1", "Koffie-ochtend", Eindtijd="12:00"), row("A2", "Wandelen"), row("A4", "Yoga")]
    )
    preview = upload(editor, org, content).content.decode()
    assert "1 nieuwe activiteit" in preview and "1 gewijzigd" in preview
    assert "1 ongewijzigd" in preview
    response = import_file(editor, org, content)
    assert "1 nieuw, 1 gewijzigd, 1 ongewijzigd" in response.content.decode()
    pages = activities(org)
    assert pages["A1"].revisions.count() == before["A1"] + 1
    assert pages["A1"].end.astimezone(TZ).time() == datetime.time(12, 0)
    assert pages["A2"].revisions.count() == before["A2"]
    assert set(pages) == {"A1", "A2", "A4"}


def test_with_review_by_the_region_new_and_changed_rows_wait_for_approval(client, org):
    org.review_mode = "region"
    org.save_revision().publish()
    client.force_login(organisation_editor(org, "els"))
    response = import_file(client, org, as_csv([row("A1", "Koffie-ochtend")]))
    assert "ter beoordeling naar de regio" in response.content.decode()
    koffie = activities(org)["A1"]
    assert not koffie.live
    state = WorkflowState.objects.active().for_instance(koffie).get()
    assert state.workflow.name.startswith("Beoordeling door de regio")

    # Once approved and live, a change waits for review while the page stays as it was.
    state.cancel()
    koffie.get_latest_revision().publish()
    import_file(client, org, as_csv([row("A1", "Koffie-ochtend met taart")]))
    koffie = ActivityPage.objects.get(pk=koffie.pk)
    assert koffie.live and koffie.title == "Koffie-ochtend"
    assert koffie.get_latest_revision_as_object().title == "Koffie-ochtend met taart"
    assert WorkflowState.objects.active().for_instance(koffie).exists()


def test_one_bad_row_refuses_the_whole_file_with_every_error(editor, org):
    import_file(editor, org, as_csv([row("A1", "Koffie-ochtend")]))
    revisions = ActivityPage.objects.get(import_key="A1").revisions.count()
    content = as_csv(
        [
            row("A1", "Koffie-ochtend (nieuwe tijd)", Begintijd="9:30"),
            row("A2", "Wandelen"),
            row("A3", "Repair Café", Datum="31-2-2030"),
            row("A4", "Yoga", Herhaling="af en toe"),
            row("A2", "Dubbel"),
        ]
    )
    preview = upload(editor, org, content).content.decode()
    assert "Dit bestand wordt niet geïmporteerd" in preview
    assert "Rij 4: de datum &#x27;31-2-2030&#x27; bestaat niet" in preview
    assert "Rij 5: de herhaling &#x27;af en toe&#x27; begrijpen we niet" in preview
    assert "Rij 6: het kenmerk &#x27;A2&#x27; staat ook in rij 3" in preview
    assert 'value="import"' not in preview  # no import button

    # Pressing import anyway (an old tab): refused, nothing written.
    upload_url = f"/admin/spreadsheet/{SpreadsheetUpload.objects.get().pk}/"
    response = editor.post(upload_url, mapping_post("import"))
    assert "Rij 4: de datum" in response.content.decode()
    assert set(activities(org)) == {"A1"}
    a1 = ActivityPage.objects.get(import_key="A1")
    assert a1.revisions.count() == revisions and a1.title == "Koffie-ochtend"


def test_the_first_date_must_fall_on_the_schedule(editor, org):
    preview = upload(editor, org, as_csv([row("A1", "Koffie", Datum="9-1-2030")])).content
    assert "Rij 2: de datum 9-1-2030 valt niet op &#x27;elke dinsdag&#x27;" in preview.decode()


def test_a_wijk_of_another_region_is_refused(editor, org):
    content = as_csv(
        [row("A1", "Koffie", Wijken="Zonnewijk, Kemperkoul"), row("A2", "X", Wijken="Atlantis")]
    )
    preview = upload(editor, org, content).content.decode()
    assert "Rij 2: de wijk &#x27;Kemperkoul&#x27; hoort niet bij regio Testregio" in preview
    assert "Rij 3: de wijk &#x27;Atlantis&#x27; kennen we niet" in preview


def test_the_mapping_is_chosen_once_and_remembered(editor, org):
    headings = ["Code", "Wat", "Info", "Dag", "Vanaf", "Tot", "Ritme"]
    own = [
        {
            "Code": "K1",
            "Wat": "Koffie",
            "Info": "Koffie drinken.",
            "Dag": "8-1-2030",
            "Vanaf": "10:00",
            "Tot": "11:00",
            "Ritme": "elke dinsdag",
        }
    ]
    preview = upload(editor, org, as_csv(own, headings))
    html = preview.content.decode()
    assert "Wat er met elke rij gebeurt" not in html  # no preview before the mapping is complete
    url = preview.redirect_chain[-1][0]
    chosen = {
        "key": "Code",
        "title": "Wat",
        "intro": "Info",
        "date": "Dag",
        "start_time": "Vanaf",
        "end_time": "Tot",
        "schedule": "Ritme",
    }
    response = editor.post(url, {"action": "preview", **chosen})
    assert "1 nieuwe activiteit" in response.content.decode()
    assert SpreadsheetMapping.objects.get(organisation=org).columns == chosen

    # Next time the same headings are mapped already: straight to the preview.
    second = upload(editor, org, as_csv(own, headings))
    assert "1 nieuwe activiteit" in second.content.decode()
    editor.post(second.redirect_chain[-1][0], {"action": "import", **chosen})
    assert activities(org)["K1"].title == "Koffie"


def test_a_required_field_without_a_column_is_named(editor, org):
    preview = upload(editor, org, as_csv([row("A1", "Koffie")]))
    response = editor.post(
        preview.redirect_chain[-1][0], {**mapping_post("preview"), "end_time": ""}
    )
    assert "Kies nog een kolom voor: Eindtijd." in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "kies een .xlsx-bestand (Excel) of een .csv-bestand"),
        ("kapot.xlsx", b"PK\x03\x04 niet echt", "geen geldig Excel-bestand"),
        ("binair.csv", bytes(range(256)) * 4, "geen tekstbestand"),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_nothing_is_kept(editor, org, name, content, message):
    response = upload(editor, org, content, name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SpreadsheetUpload.objects.exists()


def test_editors_of_another_organisation_cannot_import_or_see_the_file(client, editor, org, tree):
    other = f.OrganisationPageFactory(parent=tree.organisations, title="Andere Stichting")
    upload(editor, org, as_csv([row("A1", "Koffie")]))
    own_upload = SpreadsheetUpload.objects.get()

    client.force_login(organisation_editor(other, "piet"))
    assert client.get(f"/admin/spreadsheet/{own_upload.pk}/").status_code == 404
    response = upload(client, org, as_csv([row("A1", "Koffie")]))
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert SpreadsheetUpload.objects.count() == 1
    assert not activities(org)

    # A gemeente's editor edits no organisation: no screen, no menu item.
    client.force_login(gemeente_users(tree.gemeente, "gem")["editor"])
    refused = client.get("/admin/spreadsheet/")  # Wagtail: back to the dashboard, with a message
    assert refused.status_code == 302 and refused.url == "/admin/"
    assert "Spreadsheet importeren" not in client.get("/admin/").content.decode()


def test_the_upload_needs_a_csrf_token(org):
    client = Client(enforce_csrf_checks=True)
    client.force_login(organisation_editor(org, "els"))
    response = client.post(
        "/admin/spreadsheet/",
        {"organisation": org.pk, "file": SimpleUploadedFile("a.csv", as_csv([row("A1", "K")]))},
    )
    assert response.status_code == 403
    assert not SpreadsheetUpload.objects.exists()


def test_the_template_downloads_as_xlsx_and_csv(editor):
    xlsx = editor.get("/admin/spreadsheet/sjabloon.xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "activiteiten-sjabloon.xlsx" in xlsx["Content-Disposition"]
    csv_file = editor.get("/admin/spreadsheet/sjabloon.csv")
    assert csv_file.content.decode("utf-8-sig").startswith("Kenmerk;Titel;Korte omschrijving")


def test_the_command_imports_checks_and_refuses(tmp_path, org, capsys):
    good = tmp_path / "activiteiten.csv"
    good.write_bytes(as_csv([row("A1", "Koffie-ochtend"), row("A2", "Wandelen")]))
    call_command("import_activities", str(good), "--organisation", org.slug, "--dry-run")
    assert "Controle (er is niets geschreven): 2 nieuw" in capsys.readouterr().out
    assert not activities(org)

    call_command("import_activities", str(good), "--organisation", org.slug)
    assert "2 nieuw, 0 gewijzigd, 0 ongewijzigd" in capsys.readouterr().out
    assert set(activities(org)) == {"A1", "A2"}

    bad = tmp_path / "fout.csv"
    bad.write_bytes(as_csv([row("A3", "Yoga"), row("A4", "Dans", Eindtijd="9:00")]))
    with pytest.raises(CommandError, match="niet geïmporteerd; er is niets veranderd"):
        call_command("import_activities", str(bad), "--organisation", org.slug)
    assert "Rij 3: de eindtijd 09:00 ligt niet na de begintijd 10:00" in capsys.readouterr().err
    assert set(activities(org)) == {"A1", "A2"}


def test_the_preview_reads_a_fixed_number_of_queries_however_long_the_file(
    editor, org, django_assert_max_num_queries
):
    from django.db import connection

    def imported_and_uploaded_again(count: int) -> str:
        content = as_csv([row(f"A{n}", f"Activiteit {n}") for n in range(count)])
        import_file(editor, org, content)
        upload(editor, org, content)
        return f"/admin/spreadsheet/{SpreadsheetUpload.objects.get().pk}/"

    def counting(execute, sql, params, many, context):
        few.append(sql)
        return execute(sql, params, many, context)

    url, few = imported_and_uploaded_again(2), []
    with connection.execute_wrapper(counting):
        assert "2 ongewijzigd" in editor.get(url).content.decode()
    url = imported_and_uploaded_again(12)
    # (the test run's query log is full after the imports; count afresh)
    connection.queries_log.clear()
    with django_assert_max_num_queries(len(few)):
        assert "12 ongewijzigd" in editor.get(url).content.decode()
