"""schema.org JSON-LD for activities (Event with its Schedule), organisations and services."""

import datetime

from django.utils.html import strip_tags

from dateutil.rrule import rrulestr

from aanbod.agenda.schedules import LOCAL_TZ
from home.links import page_url

DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
FREQUENCIES = {"DAILY": "P1D", "WEEKLY": "P1W", "MONTHLY": "P1M", "YEARLY": "P1Y"}
FREE_WORDS = ("gratis", "free", "kosteloos")


def postal_address(page) -> dict | None:
    """A PostalAddress from a page with address fields, or None when it has none."""
    if not (page.street or page.postcode or page.city):
        return None
    address = {"@type": "PostalAddress", "addressCountry": "NL"}
    for key, value in [
        ("streetAddress", page.street),
        ("postalCode", page.postcode),
        ("addressLocality", page.city),
    ]:
        if value:
            address[key] = value
    return address


def _iso_duration(delta: datetime.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def schedule(activity) -> dict | None:
    """A schema.org Schedule for a recurring activity (frequency, days, times, exceptions)."""
    if not activity.recurrence:
        return None
    parts = dict(p.split("=", 1) for p in activity.recurrence.split(";") if "=" in p)
    start = activity.start.astimezone(LOCAL_TZ)
    end = activity.end.astimezone(LOCAL_TZ)
    interval = int(parts.get("INTERVAL", "1") or 1)
    frequency = FREQUENCIES.get(parts.get("FREQ", ""), "")
    if interval > 1 and frequency:
        frequency = frequency[:-2] + str(interval) + frequency[-1]
    data = {
        "@type": "Schedule",
        "repeatFrequency": frequency,
        "startDate": start.date().isoformat(),
        "startTime": start.strftime("%H:%M"),
        "endTime": end.strftime("%H:%M"),
        "duration": _iso_duration(end - start),
        "scheduleTimezone": "Europe/Amsterdam",
    }
    days = [f"https://schema.org/{DAYS[d[-2:]]}" for d in parts.get("BYDAY", "").split(",") if d]
    if days:
        data["byDay"] = days
    if parts.get("BYMONTHDAY"):
        data["byMonthDay"] = [int(d) for d in parts["BYMONTHDAY"].split(",")]
    if "COUNT" in parts and not activity.series_end:
        data["repeatCount"] = int(parts["COUNT"])
    last = activity.series_end or _last_of_count(activity)
    if last:
        data["endDate"] = last.isoformat()
    if activity.excluded_dates:
        data["exceptDate"] = [d.isoformat() for d in activity.excluded_dates]
    return data


def _last_of_count(activity) -> datetime.date | None:
    if "COUNT=" not in activity.recurrence:
        return None
    start = activity.start.astimezone(LOCAL_TZ).replace(tzinfo=None)
    occurrences = list(rrulestr(activity.recurrence, dtstart=start))
    return occurrences[-1].date() if occurrences else None


def event_json_ld(activity, request=None) -> dict:
    """schema.org Event: next date, schedule, place, organiser, cost."""
    upcoming = activity.next_occurrences(1)
    first = upcoming[0] if upcoming else None
    start = first.start if first else activity.start
    end = first.end if first else activity.end
    data = {
        "@type": "Event",
        "name": activity.title,
        "description": activity.intro,
        "url": page_url(activity, request),
        "startDate": start.astimezone(LOCAL_TZ).isoformat(),
        "endDate": end.astimezone(LOCAL_TZ).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": activity.locale.language_code,
    }
    place = {"@type": "Place", "name": activity.location_name or activity.title}
    address = postal_address(activity)
    if address:
        place["address"] = address
    data["location"] = place
    event_schedule = schedule(activity)
    if event_schedule:
        data["eventSchedule"] = event_schedule
    organisation = activity.get_parent().specific
    data["organizer"] = {
        "@type": "Organization",
        "name": organisation.title,
        "url": page_url(organisation, request),
    }
    if activity.cost:
        data["isAccessibleForFree"] = any(w in activity.cost.lower() for w in FREE_WORDS)
        if data["isAccessibleForFree"]:
            data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    return data


def organisation_json_ld(organisation, request=None) -> dict:
    """schema.org Organization: name, description, contact, address, areas served."""
    data = {
        "@type": "Organization",
        "name": organisation.title,
        "description": organisation.intro,
        "url": organisation.website or page_url(organisation, request),
    }
    if organisation.phone:
        data["telephone"] = organisation.phone
    if organisation.email:
        data["email"] = organisation.email
    address = postal_address(organisation)
    if address:
        data["address"] = address
    from wijken.rollout import visible_wijken

    areas = organisation.wijken.filter(pk__in=visible_wijken().values("pk")).order_by("title")
    areas = [w.title for w in areas]
    if areas:
        data["areaServed"] = [{"@type": "Place", "name": name} for name in areas]
    return data


def service_json_ld(service, request=None) -> dict:
    """schema.org Service offered by its organisation."""
    organisation = service.get_organisation()
    data = {
        "@type": "Service",
        "name": service.title,
        "description": strip_tags(service.intro),
        "url": page_url(service, request),
    }
    if organisation is not None:
        data["provider"] = {
            "@type": "Organization",
            "name": organisation.title,
            "url": page_url(organisation, request),
        }
    return data
