"""Recurring schedules: validating RFC 5545 RRULEs and expanding them into occurrences.

Expansion happens in Europe/Amsterdam wall-clock time, so a "koffie-ochtend" at 10:00 stays
at 10:00 across the switch to and from summer time.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from dateutil.rrule import rrule, rrulestr

LOCAL_TZ = ZoneInfo("Europe/Amsterdam")
ALLOWED_FREQUENCIES = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
MAX_OCCURRENCES = 2000


class ScheduleError(ValueError):
    """An RRULE the portal cannot accept, with a message for the editor."""


@dataclass(frozen=True)
class Occurrence:
    """One dated instance of an activity."""

    start: datetime.datetime
    end: datetime.datetime
    activity: object = None

    @property
    def date(self) -> datetime.date:
        """The local date the occurrence takes place on."""
        return self.start.astimezone(LOCAL_TZ).date()


def clean_rrule(text: str) -> str:
    """Normalise an RRULE ('RRULE:FREQ=WEEKLY;BYDAY=TU' -> 'FREQ=WEEKLY;BYDAY=TU') or raise."""
    rule = (text or "").strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    rule = rule.upper().replace(" ", "")
    if not rule:
        return ""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    if parts.get("FREQ") not in ALLOWED_FREQUENCIES:
        raise ScheduleError(_("Kies een herhaling per dag, week, maand of jaar (FREQ)."))
    try:
        rrulestr(rule, dtstart=datetime.datetime(2000, 1, 1))
    except (ValueError, TypeError) as exc:
        raise ScheduleError(_("Deze herhaalregel is ongeldig: %(error)s") % {"error": exc}) from exc
    return rule


def _local_naive(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(LOCAL_TZ).replace(tzinfo=None)


def _aware(local: datetime.datetime) -> datetime.datetime:
    return local.replace(tzinfo=LOCAL_TZ)


def _after(local: datetime.datetime, duration: datetime.timedelta) -> datetime.datetime:
    """The moment ``duration`` of real time after ``local`` (RFC 5545: the exact duration), so an
    occurrence in the night summer time starts never ends before it begins."""
    return (local.astimezone(datetime.UTC) + duration).astimezone(LOCAL_TZ)


def expand(
    start: datetime.datetime,
    end: datetime.datetime | None,
    rule: str,
    exdates: Iterable[datetime.date],
    series_end: datetime.date | None,
    window_start: datetime.datetime,
    window_end: datetime.datetime,
    limit: int = MAX_OCCURRENCES,
) -> list[tuple[datetime.datetime, datetime.datetime]]:
    """(start, end) pairs of every occurrence overlapping the window, exceptions removed."""
    duration = (end - start) if end and end > start else datetime.timedelta(hours=1)
    excluded = set(exdates)
    if not rule:
        starts = [start]
    else:
        dtstart = _local_naive(start)
        recurrence: rrule = rrulestr(rule, dtstart=dtstart)
        if series_end:
            until = datetime.datetime.combine(series_end, datetime.time.max)
            recurrence = recurrence.replace(until=until, count=None)
        after = _local_naive(window_start - duration)
        before = _local_naive(window_end)
        starts = []
        for local in recurrence.xafter(after, inc=True):
            if local >= before or len(starts) >= limit:
                break
            starts.append(_aware(local))
    pairs = []
    for s in starts:
        e = _after(s, duration)
        if e <= window_start or s >= window_end:
            continue
        if s.astimezone(LOCAL_TZ).date() in excluded:
            continue
        pairs.append((s, e))
    return pairs
