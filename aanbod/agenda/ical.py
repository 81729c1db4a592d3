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
activity (``activity-<page id>@<host>``), so re-importing or subscribing updates the entry.
Only public fields of an activity are written: never anything about residents.
"""

import datetime
from collections.abc import Iterable

from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

import icalendar

from aanbod.agenda.schedules import LOCAL_TZ

PRODID = "-//Wijkportaal//Activiteiten//NL"
TZID = "Europe/Amsterdam"
CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"


def with_calendar_data(queryset: QuerySet) -> QuerySet:
    """Prefetch exception dates and categories, which every VEVENT reads."""
    return queryset.prefetch_related("exception_dates", "categories")


def _host(request=None) -> str:
    if request is not None:
        return request.get_host().split(":")[0]
    return "wijkportaal"


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
    event.add("uid", f"activity-{activity.pk}@{_host(request)}")
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
    url = activity.get_full_url(request)
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


def _timezone_component() -> icalendar.Timezone:
    """VTIMEZONE for Europe/Amsterdam, covering the years activities are planned in."""
    year = timezone.localdate().year
    return icalendar.Timezone.from_tzinfo(
        LOCAL_TZ,
        tzid=TZID,
        first_date=datetime.date(year - 5, 1, 1),
        last_date=datetime.date(year + 5, 12, 31),
    )


def calendar_for(activities: Iterable, name: str, request=None) -> icalendar.Calendar:
    """A calendar named ``name`` with the Amsterdam VTIMEZONE and one VEVENT per activity."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_timezone_component())
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
