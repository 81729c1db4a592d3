"""Parsing a calendar feed into events in the portal's terms (title, times, recurrence, place)."""

import datetime
import logging
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils import timezone
from django.utils.translation import gettext as _

import icalendar
from dateutil.rrule import rrulestr

from aanbod import conf
from aanbod.agenda import schedules
from aanbod.agenda.import_.fetch import FeedError
from aanbod.agenda.schedules import LOCAL_TZ
from aanbod.text import clean_text

logger = logging.getLogger(__name__)


class SkipEvent(Exception):
    """One event that cannot become an activity; the message says why."""


@dataclass
class Event:
    """One VEVENT, in the portal's terms."""

    uid: str
    title: str
    intro: str
    start: datetime.datetime
    end: datetime.datetime
    recurrence: str = ""
    series_end: datetime.date | None = None
    exception_dates: set = field(default_factory=set)
    location_name: str = ""
    address: tuple[str, str, str] | None = None  # street, postcode, city when the feed has them


@dataclass
class Parsed:
    """What a feed holds: events to apply, every UID still in it, events left out and why."""

    events: list[Event] = field(default_factory=list)
    present_uids: set = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)


POSTCODE_CITY = re.compile(r"^(\d{4}\s?[A-Z]{2})\s+(.+)$")


def _calendar_tz(calendar) -> ZoneInfo:
    """The zone for floating times: the calendar's X-WR-TIMEZONE, else Europe/Amsterdam."""
    name = str(calendar.get("X-WR-TIMEZONE", "")).strip()
    try:
        return ZoneInfo(name) if name else LOCAL_TZ
    except (ZoneInfoNotFoundError, ValueError):
        return LOCAL_TZ


def _moment(value, tz) -> datetime.datetime:
    """A DATE or DATE-TIME as an aware moment (dates: local midnight, floating: ``tz``)."""
    if not isinstance(value, datetime.datetime):
        return datetime.datetime.combine(value, datetime.time.min, tzinfo=LOCAL_TZ)
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(LOCAL_TZ)


def _local_date(value, tz) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return _moment(value, tz).date()
    return value


def cut(text: str, limit: int) -> str:
    """``text`` at most ``limit`` characters, cut at a word with an ellipsis."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head[limit // 2 :]:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,.;:") + "…"


def _intro(component, title: str) -> str:
    text = str(component.get("DESCRIPTION", "") or "")
    url = str(component.get("URL", "") or "").strip()
    if url and text.rstrip().endswith(url):  # our own export appends the page link
        text = text.rstrip()[: -len(url)]
    return cut(clean_text(text, multiline=True) or title, 400)


def _location(component) -> tuple[str, tuple[str, str, str] | None]:
    """LOCATION as a place name, plus (street, postcode, city) when it ends in an address."""
    text = clean_text(str(component.get("LOCATION", "") or ""))
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) >= 3 and (match := POSTCODE_CITY.match(parts[-1].upper())):
        city = parts[-1][len(match.group(1)) :].strip()[:80]
        postcode = match.group(1).replace(" ", "")
        postcode = f"{postcode[:4]} {postcode[4:]}"
        name = ", ".join(parts[:-2])
        return cut(name, 120), (parts[-2][:120], postcode, city)
    return cut(text, 120), None


def _exdates(component, tz) -> set:
    value = component.get("EXDATE")
    if value is None:
        return set()
    lists = value if isinstance(value, list) else [value]
    return {_local_date(item.dt, tz) for entry in lists for item in entry.dts}


def _recurrence(component, start, tz) -> tuple[str, datetime.date | None]:
    """The RRULE without UNTIL/COUNT, and the series end they stand for."""
    value = component.get("RRULE")
    if value is None:
        return "", None
    rule = dict(value[0] if isinstance(value, list) else value)
    until = rule.pop("UNTIL", None)
    count = rule.pop("COUNT", None)
    try:
        text = schedules.clean_rrule(icalendar.vRecur(rule).to_ical().decode())
    except schedules.ScheduleError as error:
        raise SkipEvent(str(error)) from None
    series_end = _local_date(until[0], tz) if until else None
    if count and not series_end:
        occurrences = rrulestr(
            f"{text};COUNT={min(int(count[0]), schedules.MAX_OCCURRENCES)}",
            dtstart=start.replace(tzinfo=None),
        )
        series_end = list(occurrences)[-1].date()
    return text, series_end


def _times(component, tz) -> tuple[datetime.datetime, datetime.datetime]:
    try:
        raw_start = component.DTSTART
    except ValueError:  # icalendar's InvalidCalendar / IncompleteComponent on a broken DTSTART
        raw_start = None
    if raw_start is None:
        raise SkipEvent(_("heeft geen begintijd (DTSTART)"))
    start = _moment(raw_start, tz)
    try:
        end = _moment(component.end, tz)
    except (ValueError, TypeError):  # no or a broken DTEND/DURATION: a default length below
        end = start
    if end <= start:
        all_day = not isinstance(raw_start, datetime.datetime)
        end = start + (datetime.timedelta(days=1) if all_day else datetime.timedelta(hours=1))
    return start, end


def convert(component, tz) -> Event:
    """One VEVENT as an Event; SkipEvent when it cannot be an activity."""
    if component.errors:
        names = ", ".join(sorted({name for name, _error in component.errors}))
        raise SkipEvent(_("onleesbare velden: %(names)s") % {"names": names})
    uid = str(component.get("UID", "") or "").strip()[:255]
    if not uid:
        raise SkipEvent(_("heeft geen UID"))
    title = cut(clean_text(str(component.get("SUMMARY", "") or "")), 255)
    if not title:
        raise SkipEvent(_("heeft geen titel (SUMMARY)"))
    start, end = _times(component, tz)
    local_start = start.astimezone(LOCAL_TZ)
    recurrence, series_end = _recurrence(component, local_start, tz)
    location_name, address = _location(component)
    return Event(
        uid=uid,
        title=title,
        intro=_intro(component, title),
        start=start,
        end=end,
        recurrence=recurrence,
        series_end=series_end,
        exception_dates=_exdates(component, tz) if recurrence else set(),
        location_name=location_name,
        address=address,
    )


def is_over(event: Event, now: datetime.datetime) -> bool:
    """Whether the event's last occurrence has ended."""
    if event.recurrence:
        return bool(event.series_end and event.series_end < timezone.localdate(now))
    return event.end <= now


def _summary(component) -> str:
    return clean_text(str(component.get("SUMMARY", "") or "")) or "?"


def _add_override(parsed: Parsed, by_uid: dict, component, tz, now) -> None:
    """A moved or cancelled single occurrence: an exception of its series, maybe a one-off."""
    uid = str(component.get("UID", "") or "").strip()[:240]
    day = _local_date(component["RECURRENCE-ID"].dt, tz)
    if uid in by_uid:
        by_uid[uid].exception_dates.add(day)
    if str(component.get("STATUS", "")).upper() == "CANCELLED":
        return
    event = convert(component, tz)
    event.uid = f"{uid}/{day.isoformat()}"
    event.recurrence, event.series_end, event.exception_dates = "", None, set()
    parsed.present_uids.add(event.uid)
    if not is_over(event, now):
        parsed.events.append(event)


def parse(body: bytes, now: datetime.datetime | None = None) -> Parsed:
    """The upcoming events of an ICS document; FeedError when it is not a usable calendar."""
    now = now or timezone.now()
    try:
        calendar = icalendar.Calendar.from_ical(body)
    except Exception as error:  # icalendar raises ValueError and friends on bad syntax
        raise FeedError(
            _("Dit is geen geldige iCal-agenda (%(error)s).") % {"error": str(error)[:150]}
        ) from None
    if calendar.name != "VCALENDAR":
        raise FeedError(_("Dit is geen geldige iCal-agenda (geen VCALENDAR)."))
    tz = _calendar_tz(calendar)
    components = calendar.walk("VEVENT")
    if len(components) > conf.ical_import()["MAX_EVENTS"]:
        raise FeedError(
            _("De agenda bevat meer dan %(max)d activiteiten; dat zijn er te veel.")
            % {"max": conf.ical_import()["MAX_EVENTS"]}
        )
    parsed, by_uid, overrides, usable = Parsed(), {}, [], 0
    for component in components:
        if "RECURRENCE-ID" in component and not component.errors:
            overrides.append(component)
            continue
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            continue
        try:
            event = convert(component, tz)
        except SkipEvent as reason:
            parsed.skipped.append(f"{_summary(component)}: {reason}")
            continue
        if event.uid in by_uid:
            reason = _("UID staat er twee keer in")
            parsed.skipped.append(f"{event.title}: {reason}")
            continue
        usable += 1
        by_uid[event.uid] = event
        parsed.present_uids.add(event.uid)
        if not is_over(event, now):
            parsed.events.append(event)
    for component in overrides:
        try:
            _add_override(parsed, by_uid, component, tz, now)
        except SkipEvent as reason:
            parsed.skipped.append(f"{_summary(component)}: {reason}")
    if components and not usable and parsed.skipped:
        raise FeedError(
            _("Geen enkele activiteit in de agenda is bruikbaar: %(reason)s")
            % {"reason": parsed.skipped[0]}
        )
    return parsed
