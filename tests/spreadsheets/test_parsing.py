"""Reading what editors type in a spreadsheet: files, dates, times, schedules in words."""

import datetime
import io
import re
import zipfile

import pytest

from aanbod.spreadsheets import cells, columns, read, schedule_words, template


@pytest.mark.parametrize(
    ("words", "rule"),
    [
        ("eenmalig", ""),
        ("", ""),
        ("elke dag", "FREQ=DAILY"),
        ("Elke dinsdag", "FREQ=WEEKLY;BYDAY=TU"),
        ("iedere dinsdagmiddag", "FREQ=WEEKLY;BYDAY=TU"),
        ("elke maandag en donderdag", "FREQ=WEEKLY;BYDAY=MO,TH"),
        ("elke week op ma, wo en vr", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("om de week op woensdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("elke 3 weken op vrijdag", "FREQ=WEEKLY;INTERVAL=3;BYDAY=FR"),
        ("iedere 2e woensdag van de maand", "FREQ=MONTHLY;BYDAY=2WE"),
        ("elke tweede dinsdag van de maand.", "FREQ=MONTHLY;BYDAY=2TU"),
        ("elke laatste vrijdag van de maand", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("elke maand op de 15e", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("elke 1e van de maand", "FREQ=MONTHLY;BYMONTHDAY=1"),
        ("maandelijks", "FREQ=MONTHLY"),
        ("elk jaar", "FREQ=YEARLY"),
        ("every second Tuesday of the month", "FREQ=MONTHLY;BYDAY=2TU"),
        ("every monday and thursday", "FREQ=WEEKLY;BYDAY=MO,TH"),
    ],
)
def test_schedule_words_become_the_rule_the_portal_stores(words, rule):
    assert schedule_words.to_rrule(words) == rule


@pytest.mark.parametrize(
    "words", ["soms", "elke 7e dinsdag van de maand", "elke maand op de 32e", "FREQ=WEEKLY"]
)
def test_unknown_schedule_words_say_what_is_accepted(words):
    with pytest.raises(schedule_words.ScheduleWordsError) as error:
        schedule_words.to_rrule(words)
    message = str(error.value)
    assert f"'{words}' begrijpen we niet" in message
    assert "'elke 2e woensdag van de maand'" in message and "'eenmalig'" in message
    assert "FREQ" not in message.replace(words, "")


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("8-12-2026", datetime.date(2026, 12, 8)),
        ("08/12/2026", datetime.date(2026, 12, 8)),
        ("8.12.26", datetime.date(2026, 12, 8)),
        ("2026-12-08", datetime.date(2026, 12, 8)),
        ("8 dec 2026", datetime.date(2026, 12, 8)),
        ("di 8 december 2026", datetime.date(2026, 12, 8)),
        (datetime.datetime(2026, 12, 8), datetime.date(2026, 12, 8)),
    ],
)
def test_dates_as_dutch_people_type_them(typed, date):
    assert cells.parse_date(typed) == date


def test_a_date_that_does_not_exist_or_cannot_be_read_is_said_plainly():
    with pytest.raises(cells.CellError, match="de datum '31-2-2027' bestaat niet"):
        cells.parse_date("31-2-2027")
    with pytest.raises(cells.CellError, match="begrijpen we niet; schrijf bijvoorbeeld 8-12-2026"):
        cells.parse_date("volgende week")


@pytest.mark.parametrize(
    ("typed", "time"),
    [
        ("10:00", datetime.time(10, 0)),
        ("10.30", datetime.time(10, 30)),
        ("9u", datetime.time(9, 0)),
        ("14 uur", datetime.time(14, 0)),
        ("09:15:00", datetime.time(9, 15)),
        (datetime.time(19, 45), datetime.time(19, 45)),
    ],
)
def test_times_as_people_type_them(typed, time):
    assert cells.parse_time(typed) == time


def test_a_wrong_time_is_said_plainly():
    with pytest.raises(cells.CellError, match="de tijd '25:00' bestaat niet"):
        cells.parse_time("25:00")


def test_csv_in_any_common_encoding_and_separator():
    text = "Kenmerk;Titel;Locatie\nA1;Koffie-ochtend;Café \u2019t Hoekje\n"
    for encoding in ("utf-8", "utf-8-sig", "cp1252"):
        sheet = read.read_sheet("activiteiten.csv", text.encode(encoding))
        assert sheet.headers == ["Kenmerk", "Titel", "Locatie"]
        assert sheet.rows == [(2, ["A1", "Koffie-ochtend", "Café \u2019t Hoekje"])]
    comma = read.read_sheet("a.csv", b"Kenmerk,Titel\n\nA1,Koffie\n")
    assert comma.rows == [(3, ["A1", "Koffie"])]  # row numbers as the editor sees them


def test_the_template_reads_back_with_every_column_recognised():
    for name, content in (("s.xlsx", template.as_xlsx("Zonnewijk")), ("s.csv", template.as_csv())):
        sheet = read.read_sheet(name, content)
        mapping = columns.guess(sheet.headers)
        assert set(mapping) == {c.key for c in columns.COLUMNS}
        assert len(sheet.rows) == 1


def test_the_xlsx_template_explains_every_column_in_dutch():
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(template.as_xlsx()))
    assert book.sheetnames == ["Activiteiten", "Uitleg"]
    explained = {row[0]: row[2] for row in book["Uitleg"].iter_rows(values_only=True)}
    assert "elke 2e woensdag van de maand" in explained["Herhaling"]
    assert "nooit verandert" in explained["Kenmerk"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("foto.png", b"\x89PNG", "kies een .xlsx-bestand (Excel) of een .csv-bestand"),
        ("junk.xlsx", b"\x00\x01garbage" * 50, "geen geldig Excel-bestand"),
        ("junk.csv", b"\x00\x01\x02" * 50, "geen tekstbestand"),
        ("leeg.csv", b"  \n", "leeg"),
        ("kop.csv", b"Kenmerk;Titel\n", "geen activiteiten"),
    ],
)
def test_bad_files_get_a_clear_message(name, content, message):
    with pytest.raises(read.SheetError, match=re.escape(message)):
        read.read_sheet(name, content)


def test_an_xlsx_that_unpacks_into_far_too_much_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * 30_000_000 + b"</a>")
    with pytest.raises(read.SheetError, match="uitgepakt veel te groot"):
        read.read_sheet("bom.xlsx", out.getvalue())


def test_size_and_row_caps(settings):
    settings.AANBOD_SPREADSHEET_MAX_ROWS = 3
    rows = "".join(f"A{i};Titel\n" for i in range(4))
    with pytest.raises(read.SheetError, match="meer dan 3 rijen"):
        read.read_sheet("a.csv", ("Kenmerk;Titel\n" + rows).encode())
    settings.AANBOD_SPREADSHEET_MAX_BYTES = 1024
    with pytest.raises(read.SheetError, match="te groot"):
        read.read_sheet("a.csv", b"Kenmerk;Titel\n" + b"A;B\n" * 1000)


def test_headings_are_guessed_whatever_their_case_or_alias():
    mapping = columns.guess(["ID", "Naam", "Omschrijving", "Startdatum", "Van", "Tot", "Hoe vaak"])
    assert mapping == {
        "key": "ID",
        "title": "Naam",
        "intro": "Omschrijving",
        "date": "Startdatum",
        "start_time": "Van",
        "end_time": "Tot",
        "schedule": "Hoe vaak",
    }
