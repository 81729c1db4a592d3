"""Dates and times as Dutch people type them: ``8-12-2026``, ``8 dec``, ``ma 8 dec``, ``10.30``.

The editor's date and time inputs (``home.date_inputs``) hand the typed text to these functions
on the server, so nothing typed is ever replaced by a guess in the browser. Accepted:

* dates: ``8-12-2026``, ``08-12-2026``, ``8/12/2026``, ``8.12.2026``, ``8-12-26``, ``8-12``,
  ``8 dec``, ``8 dec.``, ``8 december 2026``, ``december 8, 2026``, ``ma 8 dec``,
  ``maandag 8 december``, ``2026-12-08`` (ISO), ``vandaag``, ``morgen``, ``overmorgen`` and the
  English ``today``/``tomorrow``, month and day names in Dutch and English;
* times: ``10.30``, ``10:30``, ``10u30``, ``10h30``, ``1030``, ``930``, ``10``, ``10 uur``,
  ``10u``, ``10.30 uur``, and ``10:30 am``/``pm``.

A date without a year is the next such date from today (today included): on 2 December 2026
``8 dec`` is 8 December 2026 and ``1 dec`` is 1 December 2027; ``29 feb`` is the next leap day.
A weekday typed with the date must match it. Month and day names are a small table here rather
than Babel's locale data: Babel is only a build-time dependency (compiling translations), and
editors type the short forms (``mrt``, ``sept``, ``ma``) that Babel's abbreviations (``mrt.``)
do not all cover. python-dateutil's parser is not used either: it silently fills in missing
parts from today and accepts fuzzy text, which is the silent replacement this module exists to
avoid. Errors are ``DateInputError`` with a message in the active language saying what to type.
"""

import datetime
import re
import unicodedata

from django.utils.dates import MONTHS, WEEKDAYS
from django.utils.translation import gettext as _

DATE_HINT_EXAMPLES = "8-12-2026 of 8 dec"
TIME_STEP_MINUTES = 5
MIN_YEAR = 1900
MAX_YEAR = 2199

# Month names and the short forms editors type, Dutch and English (month number).
MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "januari jan january",
        "februari feb february",
        "maart mrt maa mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "augustus aug august",
        "september sep sept",
        "oktober okt oct october",
        "november nov",
        "december dec",
    ],
    start=1,
):
    for _name in _names.split():
        MONTH_NAMES[_name] = _number

# Day names and their short forms, Dutch and English (Monday is 0, as in date.weekday()).
WEEKDAY_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "maandag ma mon monday mo",
        "dinsdag di tue tues tuesday tu",
        "woensdag wo wed wednesday we",
        "donderdag do thu thur thurs thursday th",
        "vrijdag vr fri friday fr",
        "zaterdag za sat saturday sa",
        "zondag zo sun sunday su",
    ]
):
    for _name in _names.split():
        WEEKDAY_NAMES[_name] = _number

RELATIVE_DAYS: dict[str, int] = {
    "vandaag": 0,
    "today": 0,
    "morgen": 1,
    "tomorrow": 1,
    "overmorgen": 2,
}

_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:(?:e|ste|de)(?=[ -]))?[ -]?([a-z]+)(?:[ -](\d{4}))?")
_MONTH_DAY = re.compile(r"([a-z]+) (\d{1,2})(?:e|st|nd|rd|th)?(?: (\d{4}))?")
_TIME = re.compile(
    r"(?P<hour>\d{1,2})(?:\s*(?:[.:hu]|uur)\s*(?P<minute>\d{2}))?\s*(?:uur|u|h)?"
    r"\s*(?P<ampm>am|pm)?"
)
_COMPACT_TIME = re.compile(r"(?P<hour>\d{1,2})(?P<minute>\d{2})\s*(?:uur|u|h)?")
# A time at the end of a date typed with it ("8-12-2026 10:00", "8 dec om 10.30 uur").
_TRAILING_TIME = re.compile(
    r"^(?P<date>.+?)(?:\s*,)?(?:\s+om|\s+at|(?<=\d)t|\s)\s*"
    r"(?P<time>\d{1,2}(?:\s*(?:[.:hu])\s*\d{2}(?:\s*uur)?|\s*uur|u)(?:\s*(?:am|pm))?)$"
)


class DateInputError(ValueError):
    """A typed date or time that cannot be read; the message says what to type instead."""


def date_hint() -> str:
    """The examples shown to editors: how to type a date."""
    return _("Typ de datum als 8-12-2026 of 8 dec.")


def time_hint() -> str:
    """The examples shown to editors: how to type a time."""
    return _("Typ de tijd als 10.30 of 10:30.")


def _normalise(text: str) -> str:
    """Lower case, no accents, single spaces, no dots after letters ("dec." → "dec")."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    text = text.replace("a.m.", "am").replace("p.m.", "pm")
    text = re.sub(r"(?<=[a-z])\.", "", text)
    text = text.replace(",", " ")
    return re.sub(r"\s+", " ", text).strip()


def _not_a_date(text: str) -> DateInputError:
    """The error for text that is no date at all."""
    return DateInputError(
        _("We herkennen „%(text)s” niet als datum. Typ de datum als 8-12-2026 of 8 dec.")
        % {"text": text.strip()}
    )


def _full_year(year: str) -> int:
    """Four-digit year from what was typed ("26" → 2026)."""
    value = int(year)
    if len(year) == 2:
        value += 2000
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise DateInputError(_("Typ het jaar met vier cijfers, zoals 2026."))
    return value


def _make_date(year: int, month: int, day: int, text: str) -> datetime.date:
    """The date, or an error naming how many days the month has."""
    if not 1 <= month <= 12:
        raise _not_a_date(text)
    try:
        return datetime.date(year, month, day)
    except ValueError:
        days = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(1)).day
        raise DateInputError(
            _(
                "Die datum bestaat niet: %(month)s %(year)s heeft %(days)s dagen. "
                "Typ de datum als 8-12-2026 of 8 dec."
            )
            % {"month": MONTHS[month], "year": year, "days": days}
        ) from None


def _next_date(month: int, day: int, today: datetime.date, text: str) -> datetime.date:
    """The next date with this day and month from today (today included)."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise _not_a_date(text)
    for year in range(today.year, today.year + 9):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return _make_date(today.year, month, day, text)  # raises: no such day in any year


def _strip_weekday(text: str) -> tuple[str, int | None]:
    """Split a leading day name ("ma 8 dec") from the rest."""
    first, _space, rest = text.partition(" ")
    if rest and first in WEEKDAY_NAMES:
        return rest, WEEKDAY_NAMES[first]
    return text, None


def _parse_plain_date(text: str, raw: str, today: datetime.date) -> datetime.date:
    """A date without a day name in front."""
    if text in RELATIVE_DAYS:
        return today + datetime.timedelta(days=RELATIVE_DAYS[text])
    if match := _ISO_DATE.fullmatch(text):
        return _make_date(_full_year(match[1]), int(match[2]), int(match[3]), raw)
    if match := _NUMERIC_DATE.fullmatch(text):
        day, month, year = int(match[1]), int(match[2]), match[3]
    elif (match := _DAY_MONTH.fullmatch(text)) and match[2] in MONTH_NAMES:
        day, month, year = int(match[1]), MONTH_NAMES[match[2]], match[3]
    elif (match := _MONTH_DAY.fullmatch(text)) and match[1] in MONTH_NAMES:
        day, month, year = int(match[2]), MONTH_NAMES[match[1]], match[3]
    else:
        raise _not_a_date(raw)
    if year is None:
        return _next_date(month, day, today, raw)
    return _make_date(_full_year(year), month, day, raw)


def parse_date(text: str, today: datetime.date | None = None) -> datetime.date:
    """Read a date as a Dutch person types it; a left-out year means the next such date."""
    today = today or datetime.date.today()
    normal = _normalise(text)
    if not normal:
        raise DateInputError(date_hint())
    rest, weekday = _strip_weekday(normal)
    value = _parse_plain_date(rest, text, today)
    if weekday is not None and value.weekday() != weekday:
        raise DateInputError(
            _("%(date)s is een %(actual)s, geen %(typed)s. Kijk de datum na.")
            % {
                "date": format_date(value),
                "actual": WEEKDAYS[value.weekday()],
                "typed": WEEKDAYS[weekday],
            }
        )
    return value


def _not_a_time(text: str) -> DateInputError:
    """The error for text that is no time of day."""
    return DateInputError(
        _("We herkennen „%(text)s” niet als tijd. Typ de tijd als 10.30 of 10:30.")
        % {"text": text.strip()}
    )


def parse_time(text: str) -> datetime.time:
    """Read a time of day as a Dutch person types it (10.30, 10:30, 10u30, 1030, 10 uur)."""
    normal = _normalise(text)
    if not normal:
        raise DateInputError(time_hint())
    match = _COMPACT_TIME.fullmatch(normal) or _TIME.fullmatch(normal)
    if not match:
        raise _not_a_time(text)
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    ampm = match.groupdict().get("ampm") or ""
    if ampm and not 1 <= hour <= 12:
        raise _not_a_time(text)
    if ampm == "pm" and hour != 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise _not_a_time(text)
    return datetime.time(hour, minute)


def check_time_step(value: datetime.time, minutes: int = TIME_STEP_MINUTES) -> datetime.time:
    """Refuse a time off the 5-minute steps, naming the two nearest times to choose from."""
    if value.minute % minutes == 0 and not value.second and not value.microsecond:
        return value
    total = value.hour * 60 + value.minute
    before = total - total % minutes
    after = min(before + minutes, 23 * 60 + 60 - minutes)
    raise DateInputError(
        _("Kies een tijd in stappen van %(step)s minuten, zoals %(before)s of %(after)s.")
        % {
            "step": minutes,
            "before": format_time(datetime.time(*divmod(before, 60))),
            "after": format_time(datetime.time(*divmod(after, 60))),
        }
    )


def split_date_and_time(text: str) -> tuple[str, str]:
    """Split "8-12-2026 10:00" (a time typed in the date box) into its date and time text."""
    normal = _normalise(text)
    match = _TRAILING_TIME.fullmatch(normal)
    if not match:
        return text, ""
    return match["date"], match["time"]


def format_date(value: datetime.date) -> str:
    """A date the way the inputs show it: 8-12-2026."""
    return f"{value.day}-{value.month}-{value.year}"


def format_time(value: datetime.time) -> str:
    """A time the way the inputs show it: 10:30."""
    return f"{value.hour:02d}:{value.minute:02d}"


def time_choices(minutes: int = TIME_STEP_MINUTES) -> list[str]:
    """Every time of day in steps of ``minutes``, for the time input's list of suggestions."""
    return [format_time(datetime.time(*divmod(m, 60))) for m in range(0, 24 * 60, minutes)]
