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
* ``feed_ics(activities, name, request=None) -> bytes``: a subscribable feed of many activities,
  read in three queries; each VEVENT's text is kept in the cache under a digest of everything it
  is made of, so an unchanged activity is not built again (a change of any of its facts, its
  cancelled dates, categories or address is a new digest, never a stale event).

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
import hashlib
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from django.core.cache import cache
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


def uid_for(activity, request=None, parts=None) -> str:
    """The activity's stable UID: its page id at its region's configured host name.

    ``request`` only saves looking up the sites again; the host is never the request's.
    ``parts`` are the activity's ``get_url_parts`` when the caller has them already.
    """
    parts = parts if parts is not None else activity.get_url_parts(request)
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


def _exdates(activity, days: Sequence[datetime.date]) -> list[datetime.datetime]:
    """The cancelled dates, at the activity's local start time (EXDATE must match DTSTART)."""
    start_time = _local(activity.start).time()
    return [datetime.datetime.combine(day, start_time, tzinfo=LOCAL_TZ) for day in days]


def _location(activity) -> str:
    return ", ".join(part for part in [activity.location_name, activity.address_line] if part)


def event_for(
    activity,
    request=None,
    *,
    cancelled: Sequence[datetime.date] | None = None,
    categories: Sequence[str] | None = None,
    url: str | None = None,
    uid: str | None = None,
) -> icalendar.Event:
    """The VEVENT of one activity: first occurrence, RRULE, EXDATE, place, link.

    ``cancelled``, ``categories``, ``url`` and ``uid`` may be given when read for many
    activities at once (``feed_ics``); otherwise they are read from the activity.
    """
    event = icalendar.Event()
    event.add("uid", uid or uid_for(activity, request))
    # The moment this version of the activity was published (RFC 5545: when the instance was
    # created), so an unchanged event is byte for byte the same in every fetch.
    event.add("dtstamp", (activity.last_published_at or timezone.now()).astimezone(datetime.UTC))
    event.add("summary", activity.title)
    event.add("dtstart", _local(activity.start))
    event.add("dtend", _local(activity.end))
    rule = _recurrence(activity)
    if rule is not None:
        event.add("rrule", rule)
        days = activity.excluded_dates if cancelled is None else cancelled
        exdates = _exdates(activity, days)
        if exdates:
            event.add("exdate", exdates)
    url = page_url(activity, request) if url is None else url
    description = activity.intro
    if url:
        event.add("url", url)
        description = f"{description}\n\n{url}"
    event.add("description", description)
    location = _location(activity)
    if location:
        event.add("location", location)
    if categories is None:
        categories = [category.name for category in activity.categories.all()]
    if categories:
        event.add("categories", list(categories))
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


EVENT_SECONDS = 7 * 24 * 3600  # an event's text in the cache; its digest changes with it


def _cancelled_and_categories(ids: list[int]) -> tuple[dict, dict]:
    """Cancelled dates and category names per activity id, in two queries."""
    from aanbod.models import ActivityExceptionDate, ActivityPage

    cancelled: dict[int, list] = {}
    rows = ActivityExceptionDate.objects.filter(page_id__in=ids).order_by("date")
    for page_id, day in rows.values_list("page_id", "date"):
        cancelled.setdefault(page_id, []).append(day)
    field = ActivityPage._meta.get_field("categories")
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    categories: dict[int, list] = {}
    links = through.objects.filter(**{f"{source}__in": ids}).order_by(f"{target}__name")
    for page_id, name in links.values_list(f"{source}_id", f"{target}__name"):
        categories.setdefault(page_id, []).append(name)
    return cancelled, categories


def _digest(activity, uid: str, url: str, cancelled: list, categories: list) -> str:
    """A key for the VEVENT text: every fact it is built from (a change makes a new key)."""
    facts = (
        activity.pk,
        uid,
        activity.title,
        activity.intro,
        activity.start.isoformat(),
        activity.end.isoformat(),
        activity.recurrence,
        activity.series_end and activity.series_end.isoformat(),
        activity.location_name,
        activity.address_line,
        activity.last_published_at and activity.last_published_at.isoformat(),
        url,
        [day.isoformat() for day in cancelled],
        categories,
    )
    return "ical:event:" + hashlib.sha256(repr(facts).encode()).hexdigest()


def feed_ics(activities: Iterable, name: str, request=None) -> bytes:
    """A calendar of many activities as bytes, each VEVENT built once per version (see above)."""
    activities = list(activities)
    cancelled, categories = _cancelled_and_categories([a.pk for a in activities])
    keyed = []
    for activity in activities:
        parts = activity.get_url_parts(request)  # once: the UID and the link both need them
        uid, url = uid_for(activity, request, parts), page_url(activity, request, parts=parts)
        days, names = cancelled.get(activity.pk, []), categories.get(activity.pk, [])
        key = _digest(activity, uid, url, days, names)
        keyed.append((key, activity, uid, url, days, names))
    known = cache.get_many([key for key, *_ in keyed])
    built = {}
    for key, activity, uid, url, days, names in keyed:
        if key not in known:
            event = event_for(activity, request, cancelled=days, categories=names, url=url, uid=uid)
            built[key] = event.to_ical()
    if built:
        cache.set_many(built, EVENT_SECONDS)
    head, tail = _calendar_shell(name)
    return head + b"".join(known.get(key) or built[key] for key, *_ in keyed) + tail


def _calendar_shell(name: str) -> tuple[bytes, bytes]:
    """The calendar's text before and after its events (properties and VTIMEZONE; the end)."""
    text = calendar_for([], name).to_ical()
    end = b"END:VCALENDAR\r\n"
    return text[: text.rindex(end)], end


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
