"""Reading a cell as people type it: Dutch dates, times and lists, each wrong one said plainly."""

import datetime
import re

from django.utils.translation import gettext as _

# The first three letters of Dutch (and English) month names.
MONTHS = {
    name: number
    for number, names in enumerate(
        ("jan", "feb", "mrt maa mar", "apr", "mei may", "jun", "jul", "aug", "sep", "okt oct"),
        start=1,
    )
    for name in names.split()
} | {"nov": 11, "dec": 12}
NUMERIC_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
WORD_DATE = re.compile(r"^(?:[a-z]+\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")
TIME = re.compile(r"^(\d{1,2})(?:[:.u](\d{2}))?(?::00)?\s*(?:uur|u)?$")


class CellError(ValueError):
    """A cell that cannot be read, with the message's tail ('de datum ... bestaat niet')."""


def as_text(value) -> str:
    """The cell as text (a date cell from Excel as 8-12-2026)."""
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0, 0):
            return f"{value.day}-{value.month}-{value.year}"
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, datetime.date):
        return f"{value.day}-{value.month}-{value.year}"
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return str(value or "").strip()


def _date_or_error(raw: str, year: int, month: int, day: int) -> datetime.date:
    if year < 100:
        year += 2000
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise CellError(_("de datum '%(value)s' bestaat niet") % {"value": raw}) from None


def parse_date(value) -> datetime.date:
    """8-12-2026, 08/12/2026, 8.12.26, 2026-12-08, 8 dec 2026, di 8 december 2026, Excel dates."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    raw = as_text(value)
    text = raw.lower()
    if match := NUMERIC_DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
        return _date_or_error(raw, year, month, day)
    if match := ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
        return _date_or_error(raw, year, month, day)
    if (match := WORD_DATE.match(text)) and match.group(2)[:3] in MONTHS:
        return _date_or_error(
            raw, int(match.group(3)), MONTHS[match.group(2)[:3]], int(match.group(1))
        )
    raise CellError(
        _("de datum '%(value)s' begrijpen we niet; schrijf bijvoorbeeld 8-12-2026") % {"value": raw}
    )


def parse_time(value) -> datetime.time:
    """10:00, 10.30, 10u, 10 uur, 9:30:00, Excel times."""
    if isinstance(value, datetime.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, datetime.time):
        return value.replace(second=0, microsecond=0)
    raw = as_text(value)
    match = TIME.match(raw.lower())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return datetime.time(hour, minute)
        raise CellError(_("de tijd '%(value)s' bestaat niet") % {"value": raw})
    raise CellError(
        _("de tijd '%(value)s' begrijpen we niet; schrijf bijvoorbeeld 10:00 of 14.30")
        % {"value": raw}
    )


def split_list(value) -> list[str]:
    """'Kemperkoul, Ophoven; Elsloo' -> ['Kemperkoul', 'Ophoven', 'Elsloo']."""
    text = as_text(value)
    parts = re.split(r"\s*[,;\n]\s*", text)
    return [p.strip() for p in parts if p.strip()]
