"""Schedules in words: the editor's choices (once, daily, weekly, monthly …) and the RRULE they are.

``schedule_from_rule`` reads a stored rule into a ``Schedule`` the schedule widget can show, or
``None`` when the rule is more than the widget can say (it is then kept as it is, read-only);
``rule_from_schedule`` writes a ``Schedule`` back as the stored RRULE text plus the series end.
"""

import datetime
from dataclasses import dataclass, field

from dateutil.rrule import rrulestr

from aanbod.agenda.schedules import LOCAL_TZ, MAX_OCCURRENCES

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ORDINALS = (1, 2, 3, 4, -1)
ONCE, DAILY, WEEKLY, MONTHLY = "once", "daily", "weekly", "monthly"
BY_DATE, BY_WEEKDAY = "date", "weekday"
NEVER, UNTIL, COUNT = "never", "until", "count"


@dataclass(frozen=True)
class Schedule:
    """A schedule as the widget holds it (fields that do not apply to the kind stay at default)."""

    kind: str = ONCE
    interval: int = 1
    weekdays: tuple[str, ...] = field(default=())
    monthly_by: str = BY_DATE
    month_day: int = 1
    ordinal: int = 1
    ordinal_weekday: str = "MO"
    ends: str = NEVER
    until: datetime.date | None = None
    count: int | None = None


def rule_parts(rule: str) -> dict[str, str]:
    """'FREQ=WEEKLY;BYDAY=TU' -> {'FREQ': 'WEEKLY', 'BYDAY': 'TU'} (upper case, no 'RRULE:')."""
    text = (rule or "").strip().upper()
    if text.startswith("RRULE:"):
        text = text[6:]
    return dict(p.split("=", 1) for p in text.replace(" ", "").split(";") if "=" in p)


def _int(text: str | None, default: int | None = None) -> int | None:
    try:
        return int(text) if text not in (None, "") else default
    except ValueError:
        return None


def _split_ordinal(byday: str) -> tuple[int, str] | None:
    """'2TU' -> (2, 'TU'), '-1FR' -> (-1, 'FR'); None for anything else."""
    day, number = byday[-2:], byday[:-2]
    if day not in WEEKDAYS or not number:
        return None
    ordinal = _int(number.lstrip("+"))
    return (ordinal, day) if ordinal in ORDINALS else None


def _ending(parts: dict, series_end: datetime.date | None) -> dict | None:
    if "COUNT" in parts:
        count = _int(parts.pop("COUNT"))
        return {"ends": COUNT, "count": count} if count and count > 0 else None
    if "UNTIL" in parts:  # an UNTIL typed into the rule: the series end stands in for it
        text = parts.pop("UNTIL")
        try:
            until = datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            return None
        return {"ends": UNTIL, "until": series_end or until}
    if series_end:
        return {"ends": UNTIL, "until": series_end}
    return {"ends": NEVER}


def _monthly(parts: dict, start_day: int | None) -> dict | None:
    byday, setpos, monthday = (
        parts.pop("BYDAY", ""),
        parts.pop("BYSETPOS", ""),
        parts.pop("BYMONTHDAY", ""),
    )
    if monthday and not (byday or setpos):
        day = _int(monthday)
        return {"monthly_by": BY_DATE, "month_day": day} if day and 1 <= day <= 31 else None
    if byday and setpos and not monthday:  # Outlook's BYDAY=TU;BYSETPOS=2
        ordinal = _int(setpos)
        if byday in WEEKDAYS and ordinal in ORDINALS:
            return {"monthly_by": BY_WEEKDAY, "ordinal": ordinal, "ordinal_weekday": byday}
        return None
    if byday and not (setpos or monthday):
        split = _split_ordinal(byday)
        if split:
            return {"monthly_by": BY_WEEKDAY, "ordinal": split[0], "ordinal_weekday": split[1]}
        return None
    if not (byday or setpos or monthday) and start_day:
        return {"monthly_by": BY_DATE, "month_day": start_day}
    return None


def schedule_from_rule(
    rule: str, series_end: datetime.date | None = None, start: datetime.datetime | None = None
) -> Schedule | None:
    """The widget's view of a stored rule, or None when the widget cannot show it faithfully."""
    if not (rule or "").strip():
        return Schedule()
    parts = rule_parts(rule)
    frequency = parts.pop("FREQ", "")
    interval = _int(parts.pop("INTERVAL", None), 1)
    ending = _ending(parts, series_end)
    if not interval or interval < 1 or ending is None:
        return None
    local = start.astimezone(LOCAL_TZ) if start else None
    weekstart = parts.pop("WKST", "MO")
    if weekstart != "MO" and not (frequency != WEEKLY.upper() or interval == 1):
        return None  # another week start changes which weeks "every other week" means
    values: dict = {"interval": interval, **ending}
    if frequency == "DAILY":
        values["kind"] = DAILY
    elif frequency == "WEEKLY":
        days = [d for d in parts.pop("BYDAY", "").split(",") if d]
        if not days and local:
            days = [WEEKDAYS[local.weekday()]]
        if not days or any(d not in WEEKDAYS for d in days):
            return None
        values.update(kind=WEEKLY, weekdays=tuple(sorted(set(days), key=WEEKDAYS.index)))
    elif frequency == "MONTHLY":
        monthly = _monthly(parts, local.day if local else None)
        if monthly is None:
            return None
        values.update(kind=MONTHLY, **monthly)
    else:
        return None
    return None if parts else Schedule(**values)


def rule_from_schedule(schedule: Schedule) -> str:
    """The RRULE text for a schedule ('' for once); the end date is not part of it (series end)."""
    if schedule.kind == ONCE:
        return ""
    parts = [f"FREQ={schedule.kind.upper()}"]
    if schedule.interval > 1:
        parts.append(f"INTERVAL={schedule.interval}")
    if schedule.kind == WEEKLY:
        parts.append("BYDAY=" + ",".join(sorted(schedule.weekdays, key=WEEKDAYS.index)))
    elif schedule.kind == MONTHLY and schedule.monthly_by == BY_WEEKDAY:
        parts.append(f"BYDAY={schedule.ordinal}{schedule.ordinal_weekday}")
    elif schedule.kind == MONTHLY:
        parts.append(f"BYMONTHDAY={schedule.month_day}")
    if schedule.ends == COUNT and schedule.count:
        parts.append(f"COUNT={schedule.count}")
    return ";".join(parts)


def first_and_last(
    rule: str, start: datetime.datetime
) -> tuple[datetime.date | None, datetime.date | None]:
    """The first and the last date of a rule (the last only when it has COUNT; else None)."""
    if not rule:
        day = start.astimezone(LOCAL_TZ).date()
        return day, day
    dtstart = start.astimezone(LOCAL_TZ).replace(tzinfo=None)
    recurrence = rrulestr(rule, dtstart=dtstart)
    first = recurrence.after(dtstart, inc=True)
    last = None
    if "COUNT=" in rule.upper():
        for last in recurrence.xafter(dtstart, count=MAX_OCCURRENCES, inc=True):  # noqa: B007
            pass
    return (first.date() if first else None), (last.date() if last else None)


def series_end_for(schedule: Schedule, start: datetime.datetime | None) -> datetime.date | None:
    """The stored series end: the chosen last date, or the date of the last of n times."""
    if schedule.kind == ONCE or schedule.ends == NEVER:
        return None
    if schedule.ends == UNTIL:
        return schedule.until
    if start is None:
        return None
    return first_and_last(rule_from_schedule(schedule), start)[1]
