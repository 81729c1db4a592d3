"""Dates and times as Dutch people type them (home.dutch_dates): what is read, what is refused."""

import datetime

from django.utils import translation

import pytest

from home.dutch_dates import (
    DateInputError,
    check_time_step,
    parse_date,
    parse_time,
    split_date_and_time,
    time_choices,
)

TODAY = datetime.date(2026, 12, 2)  # a Wednesday
D = datetime.date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("8-12-2026", D(2026, 12, 8)),
        ("08-12-2026", D(2026, 12, 8)),
        ("8/12/2026", D(2026, 12, 8)),
        ("8.12.2026", D(2026, 12, 8)),
        ("8-12-26", D(2026, 12, 8)),
        ("2026-12-08", D(2026, 12, 8)),
        ("8 dec", D(2026, 12, 8)),
        ("8 dec.", D(2026, 12, 8)),
        ("8 Dec", D(2026, 12, 8)),
        ("8dec", D(2026, 12, 8)),
        ("8 december 2026", D(2026, 12, 8)),
        ("8 december 2027", D(2027, 12, 8)),
        ("8-dec-2026", D(2026, 12, 8)),
        ("8e december", D(2026, 12, 8)),
        ("di 8 dec", D(2026, 12, 8)),
        ("di. 8 dec.", D(2026, 12, 8)),
        ("dinsdag 8 december 2026", D(2026, 12, 8)),
        ("Dinsdag, 8 december", D(2026, 12, 8)),
        ("tue 8 dec", D(2026, 12, 8)),
        ("December 8, 2026", D(2026, 12, 8)),
        ("3 mrt 2027", D(2027, 3, 3)),
        ("3 maart", D(2027, 3, 3)),
        ("1 okt", D(2027, 10, 1)),
        ("1 oct", D(2027, 10, 1)),
        ("15 mei", D(2027, 5, 15)),
        ("15 sept", D(2027, 9, 15)),
        ("vandaag", TODAY),
        ("morgen", D(2026, 12, 3)),
        ("overmorgen", D(2026, 12, 4)),
    ],
)
def test_dates_as_typed(typed, expected):
    assert parse_date(typed, today=TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2 dec", D(2026, 12, 2)),  # today itself
        ("1 dec", D(2027, 12, 1)),  # yesterday: next year
        ("8-12", D(2026, 12, 8)),
        ("1-12", D(2027, 12, 1)),
        ("1 jan", D(2027, 1, 1)),  # over the year's end
        ("31 dec", D(2026, 12, 31)),
    ],
)
def test_a_left_out_year_is_the_next_such_date(typed, expected):
    assert parse_date(typed, today=TODAY) == expected


def test_leap_day_without_a_year_is_the_next_leap_day():
    assert parse_date("29 feb", today=TODAY) == D(2028, 2, 29)
    assert parse_date("29-2", today=D(2028, 2, 29)) == D(2028, 2, 29)
    assert parse_date("29-2", today=D(2028, 3, 1)) == D(2032, 2, 29)
    assert parse_date("29-2-2028", today=TODAY) == D(2028, 2, 29)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Typ de datum als 8-12-2026 of 8 dec."),
        ("   ", "Typ de datum als 8-12-2026 of 8 dec."),
        ("volgende week", "We herkennen „volgende week” niet als datum."),
        ("8 decembre", "niet als datum"),
        ("10.30", "niet als datum"),
        ("12-31-2026", "niet als datum"),  # American order: month 31
        ("8-12-2026-1", "niet als datum"),
        ("31-11-2026", "Die datum bestaat niet: november 2026 heeft 30 dagen."),
        ("29-2-2027", "februari 2027 heeft 28 dagen"),
        ("30 feb", "februari"),
        ("0-12-2026", "december 2026 heeft 31 dagen"),
        ("8-12-0026", "Typ het jaar met vier cijfers, zoals 2026."),
        ("ma 8 dec", "8-12-2026 is een dinsdag, geen maandag."),
        ("zo 8-12-2026", "geen zondag"),
    ],
)
def test_bad_dates_say_what_to_type(typed, message):
    with pytest.raises(DateInputError) as error:
        parse_date(typed, today=TODAY)
    assert message in str(error.value)


def test_errors_in_english_for_english_editors():
    with translation.override("en"), pytest.raises(DateInputError) as error:
        parse_date("volgende week", today=TODAY)
    assert "Type the date as 8-12-2026 or 8 Dec." in str(error.value)
    with translation.override("en"), pytest.raises(DateInputError) as error:
        parse_date("31-11-2026", today=TODAY)
    assert "November 2026 has 30 days" in str(error.value)
    with translation.override("en"), pytest.raises(DateInputError) as error:
        parse_time("tien uur")
    assert "Type the time as 10.30 or 10:30." in str(error.value)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10.30", (10, 30)),
        ("10:30", (10, 30)),
        ("10u30", (10, 30)),
        ("10h30", (10, 30)),
        ("10.30 uur", (10, 30)),
        ("10 uur", (10, 0)),
        ("10u", (10, 0)),
        ("10", (10, 0)),
        ("9.05", (9, 5)),
        ("09:05", (9, 5)),
        ("1030", (10, 30)),
        ("930", (9, 30)),
        ("0:00", (0, 0)),
        ("23.55", (23, 55)),
        ("10:30 pm", (22, 30)),
        ("10.30 p.m.", (22, 30)),
        ("12 am", (0, 0)),
        ("12 pm", (12, 0)),
    ],
)
def test_times_as_typed(typed, expected):
    assert parse_time(typed) == datetime.time(*expected)


@pytest.mark.parametrize(
    "typed", ["24:00", "10.60", "25", "half elf", "10.3", "13 pm", "10:30:15", "12345"]
)
def test_bad_times_say_what_to_type(typed):
    with pytest.raises(DateInputError) as error:
        parse_time(typed)
    assert "Typ de tijd als 10.30 of 10:30." in str(error.value)


def test_times_come_in_five_minute_steps():
    assert check_time_step(datetime.time(10, 35)) == datetime.time(10, 35)
    with pytest.raises(DateInputError) as error:
        check_time_step(datetime.time(10, 32))
    assert str(error.value) == ("Kies een tijd in stappen van 5 minuten, zoals 10:30 of 10:35.")
    choices = time_choices()
    assert len(choices) == 288
    assert choices[:3] == ["00:00", "00:05", "00:10"] and choices[-1] == "23:55"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("8-12-2026 10:00", ("8-12-2026", "10:00")),
        ("8 dec om 10.30 uur", ("8 dec", "10.30 uur")),
        ("8 okt 10u", ("8 okt", "10u")),
        ("2026-12-08T10:00", ("2026-12-08", "10:00")),
        ("8 december 2026", ("8 december 2026", "")),
        ("8-12-2026", ("8-12-2026", "")),
    ],
)
def test_a_time_typed_with_the_date_is_split_off(typed, expected):
    assert split_date_and_time(typed) == expected
