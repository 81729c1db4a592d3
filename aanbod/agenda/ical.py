"""iCalendar (RFC 5545) export of activities: one VEVENT per activity, its series as RRULE/EXDATE.

The public API is small on purpose; the wijk, gemeente and organisation feeds build on it:

* ``calendar_for(activities, name, request=None) -> icalendar.Calendar``: a calendar with a
  ``VTIMEZONE`` for Europe/Amsterdam and one ``VEVENT`` per activity.
* ``activity_ics(activity, request=None) -> bytes``: the single-activity ``.ics`` ("add to my
  calendar").
* ``event_for(activity, request=None) -> icalendar.Event``: the VEVENT of one activity.
* ``ics_response(calendar, filename) -> HttpResponse``: serve a calendar as ``text/calendar``.
* ``with_calendar_data(queryset)``: prefetch what the builder reads, so a feed of N activities
  runs a fixed number of queries.

Times are written in Europe/Amsterdam wall-clock time with ``TZID``, so a weekly activity at
10:00 stays at 10:00 across daylight saving time in every calendar program. ``UID`` is stable per
activity (``activity-<page id>@<the region's configured hostname>``, never the host a client
asked), so re-importing or subscribing through any address updates the one entry.
The ``VTIMEZONE`` describes Europe/Amsterdam with yearly rules (last Sunday of March at 02:00,
last Sunday of October at 03:00), as calendar programs read most reliably; a test holds the rules
against the tz database for every year a feed can contain.
Only public fields of an activity are written: never anything about residents.
"""

import datetime
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

import icalendar

from aanbod.agenda.schedules import LOCAL_TZ
from home.links import page_url

PRODID = "-//Wijkportaal//Activiteiten//NL"
TZID = "Europe/Amsterdam"
CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"


def with_calendar_data(queryset: QuerySet) -> QuerySet:
    """Prefetch exception dates and categories, which every VEVENT reads."""
    return queryset.prefetch_related("exception_dates", "categories")


def uid_for(activity) -> str:
    """The activity's stable UID: its page id at its region's configured host name."""
    parts = activity.get_url_parts()
    host = urlsplit(parts[1]).hostname if parts else None
    return f"activity-{activity.pk}@{host or 'wijkportaal'}"


def _local(moment: datetime.datetime) -> datetime.datetime:
    """A moment in Amsterdam wall-clock time (aware, so icalendar writes TZID=Europe/Amsterdam)."""
    return moment.astimezone(LOCAL_TZ)


def _recurrence(activity) -> icalendar.vRecur | None:
    """The activity's RRULE, with UNTIL (in UTC, as RFC 5545 asks) from its series end."""
    if not activity.recurrence:
        return None
    rule = icalendar.vRecur.from_ical(activity.recurrence)
    if activity.series_end:
        last_moment = datetime.datetime.combine(
            activity.series_end, datetime.time(23, 59, 59), tzinfo=LOCAL_TZ
        )
        rule.pop("COUNT", None)
        rule["UNTIL"] = [last_moment.astimezone(datetime.UTC)]
    return rule


def _exdates(activity) -> list[datetime.datetime]:
    """The cancelled dates, at the activity's local start time (EXDATE must match DTSTART)."""
    start_time = _local(activity.start).time()
    return [
        datetime.datetime.combine(day, start_time, tzinfo=LOCAL_TZ)
        for day in activity.excluded_dates
    ]


def _location(activity) -> str:
    return ", ".join(part for part in [activity.location_name, activity.address_line] if part)


def event_for(activity, request=None) -> icalendar.Event:
    """The VEVENT of one activity: first occurrence, RRULE, EXDATE, place, link."""
    event = icalendar.Event()
    event.add("uid", uid_for(activity))
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("summary", activity.title)
    event.add("dtstart", _local(activity.start))
    event.add("dtend", _local(activity.end))
    rule = _recurrence(activity)
    if rule is not None:
        event.add("rrule", rule)
        exdates = _exdates(activity)
        if exdates:
            event.add("exdate", exdates)
    url = page_url(activity, request)
    description = activity.intro
    if url:
        event.add("url", url)
        description = f"{description}\n\n{url}"
    event.add("description", description)
    location = _location(activity)
    if location:
        event.add("location", location)
    categories = [category.name for category in activity.categories.all()]
    if categories:
        event.add("categories", categories)
    if activity.last_published_at:
        event.add("last-modified", activity.last_published_at.astimezone(datetime.UTC))
    return event


# Central European summer time since 1996: from the last Sunday of March, 02:00 local
# (winter) time, to the last Sunday of October, 03:00 local (summer) time.
ZONE_RULES_SINCE = datetime.datetime(1996, 1, 1)
SUMMER_TIME = ("DAYLIGHT", "CEST", 1, 2, 3, 2)  # kind, name, from +h, to +h, month, local hour
WINTER_TIME = ("STANDARD", "CET", 2, 1, 10, 3)


def _last_sunday(year: int, month: int) -> datetime.date:
    last_day = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return last_day - datetime.timedelta(days=(last_day.weekday() + 1) % 7)


def _transition(kind, name, offset_from, offset_to, month, hour) -> icalendar.cal.Component:
    """One yearly change (RFC 5545 3.6.5): DTSTART is the local time before the change."""
    component = icalendar.TimezoneDaylight() if kind == "DAYLIGHT" else icalendar.TimezoneStandard()
    first = _last_sunday(ZONE_RULES_SINCE.year, month)
    component.add("dtstart", datetime.datetime.combine(first, datetime.time(hour)))
    component.add("tzoffsetfrom", datetime.timedelta(hours=offset_from))
    component.add("tzoffsetto", datetime.timedelta(hours=offset_to))
    component.add("tzname", name)
    component.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1SU"})
    return component


def timezone_component() -> icalendar.Timezone:
    """VTIMEZONE for Europe/Amsterdam as yearly rules, valid for every date from 1996 on."""
    zone = icalendar.Timezone()
    zone.add("tzid", TZID)
    zone.add_component(_transition(*SUMMER_TIME))
    zone.add_component(_transition(*WINTER_TIME))
    return zone


def calendar_for(activities: Iterable, name: str, request=None) -> icalendar.Calendar:
    """A calendar named ``name`` with the Amsterdam VTIMEZONE and one VEVENT per activity."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(timezone_component())
    for activity in activities:
        calendar.add_component(event_for(activity, request))
    return calendar


def activity_ics(activity, request=None) -> bytes:
    """The single-activity calendar file ("zet in mijn agenda")."""
    return calendar_for([activity], activity.title, request).to_ical()


def ics_response(calendar: icalendar.Calendar | bytes, filename: str) -> HttpResponse:
    """Serve a calendar as a downloadable ``text/calendar`` file."""
    body = calendar if isinstance(calendar, bytes) else calendar.to_ical()
    response = HttpResponse(body, content_type=CALENDAR_CONTENT_TYPE)
    safe = slugify(filename) or "agenda"
    response["Content-Disposition"] = f'attachment; filename="{safe}.ics"'
    return response
