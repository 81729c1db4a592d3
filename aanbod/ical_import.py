"""iCal in: an organisation's own calendar feed (ICS URL) imported as its activities.

``import_feed(organisation)`` fetches the organisation's ``ical_url`` and brings its activities
in line with the feed; ``import_all()`` does so for every live organisation with a URL (the
``import_calendars`` command and task). The rules:

* Every VEVENT becomes one ``ActivityPage`` under the organisation, found again by its ``UID``
  (``ActivityPage.ical_uid``): a re-import updates the page, a new revision is only saved when
  something the feed carries changed. A moved single occurrence (``RECURRENCE-ID``) becomes an
  exception date of the series plus a one-off activity of its own.
* The feed wins for what it carries: title (SUMMARY), intro (DESCRIPTION, plain text, at most
  400 characters), start/end (DTSTART/DTEND or DURATION; all-day, floating, UTC and TZID
  times), recurrence (RRULE, UNTIL/COUNT become the series end), exception dates (EXDATE) and
  location (LOCATION; a trailing Dutch address "Straat 1, 1234 AB Plaats" fills the address).
  Everything else (body, categories, target groups, wijken, cost, registration) is the
  editors' own: the import never touches it. New pages get the organisation's wijken.
* Events that are over are not imported. Events gone from the feed (or CANCELLED) are
  unpublished, never deleted; they are published again when they come back.
* The organisation's review mode is respected: with "beoordeling door de regio" new and
  changed activities are drafts submitted to the organisation's workflow.
* Whatever goes wrong (network, HTTP error, wrong content type, too big, malformed, nothing
  usable in it) leaves every page as it was; the error is recorded in ``CalendarFeed`` and,
  after ``NOTIFY_AFTER`` failures in a row, the organisation's editors get one e-mail (again
  only after a success and new failures).

Fetching is guarded: http(s) only, no private or loopback addresses (SSRF; redirects are
checked too) unless ``ALLOW_PRIVATE_ADDRESSES``, connect/read/total timeouts, a maximum size
read in chunks (a 10 MB answer is cut off after ``MAX_BYTES``), conditional GET (ETag,
Last-Modified). Settings: ``AANBOD_ICAL_IMPORT`` (see ``aanbod.conf.ical_import``).
"""

import datetime
import ipaddress
import logging
import re
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Page, WorkflowState

import icalendar
import requests
from dateutil.rrule import rrulestr

from . import conf, schedules
from .models import ActivityExceptionDate, ActivityPage, CalendarFeed, OrganisationPage
from .models.organisations import ReviewMode
from .schedules import LOCAL_TZ
from .text import clean_text

logger = logging.getLogger(__name__)

CALENDAR_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar"}
# Servers that send a calendar under a generic type: accepted only when the body is one.
TOLERATED_TYPES = {"text/plain", "application/octet-stream", "application/x-download", ""}
MAX_REDIRECTS = 3
CHUNK = 64 * 1024
USER_AGENT = "Wijkportaal-agenda-import/1.0"
POSTCODE_CITY = re.compile(r"^(\d{4}\s?[A-Z]{2})\s+(.+)$")


class FeedError(Exception):
    """The feed could not be imported; the message is for the organisation's editors."""


class SkipEvent(Exception):
    """One event that cannot become an activity; the message says why."""


@dataclass
class Fetched:
    """A fetched feed: its body (None when not modified since the last time) and validators."""

    body: bytes | None
    etag: str = ""
    last_modified: str = ""


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


@dataclass
class ImportResult:
    """What one import did."""

    ok: bool
    created: int = 0
    updated: int = 0
    unpublished: int = 0
    not_modified: bool = False
    error: str = ""
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the command's output and the task result."""
        if not self.ok:
            return _("mislukt: %(error)s") % {"error": self.error}
        if self.not_modified:
            return _("niet gewijzigd sinds de vorige keer")
        return _("%(created)d nieuw, %(updated)d bijgewerkt, %(unpublished)d offline gehaald") % {
            "created": self.created,
            "updated": self.updated,
            "unpublished": self.unpublished,
        }


# -- fetching --------------------------------------------------------------------------------


def check_url_allowed(url: str) -> None:
    """Refuse non-http(s) URLs and hosts resolving to private, loopback or reserved addresses."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FeedError(_("Het adres moet met http:// of https:// beginnen."))
    if conf.ical_import()["ALLOW_PRIVATE_ADDRESSES"]:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FeedError(
            _("De server '%(host)s' bestaat niet (onbekende naam).") % {"host": parts.hostname}
        ) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            raise FeedError(
                _("Het adres '%(host)s' wijst naar een intern netwerk; dat halen we niet op.")
                % {"host": parts.hostname}
            )


def _read_limited(response, limits: dict) -> bytes:
    """The body in chunks, refused once it passes MAX_BYTES or the total timeout."""
    max_bytes = limits["MAX_BYTES"]
    too_big = FeedError(
        _("De agenda is groter dan %(size)d kB; dat nemen we niet aan.")
        % {"size": max_bytes // 1024}
    )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_big
    deadline = time.monotonic() + limits["TOTAL_TIMEOUT"]
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise too_big
            if time.monotonic() > deadline:
                raise FeedError(_("Het ophalen duurde te lang."))
            chunks.append(chunk)
    except requests.RequestException:
        raise FeedError(_("De verbinding viel weg of de server antwoordde niet op tijd.")) from None
    return b"".join(chunks)


def _looks_like_calendar(body: bytes) -> bool:
    return body.lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def _check_content_type(content_type: str, body: bytes) -> None:
    """A calendar type, or a generic one with a calendar in it; anything else is refused."""
    mime = content_type.split(";")[0].strip().lower()
    if mime in CALENDAR_TYPES or (mime in TOLERATED_TYPES and _looks_like_calendar(body)):
        return
    raise FeedError(
        _(
            "De server stuurt geen agenda maar '%(type)s'. Controleer het adres: het moet naar "
            "een iCal-feed (.ics) wijzen, niet naar een webpagina."
        )
        % {"type": mime or "?"}
    )


def _get(session, url: str, headers: dict, limits: dict):
    try:
        return session.get(
            url,
            headers=headers,
            stream=True,
            allow_redirects=False,
            timeout=(limits["CONNECT_TIMEOUT"], limits["READ_TIMEOUT"]),
        )
    except requests.Timeout:
        raise FeedError(
            _("De server antwoordde niet binnen %(seconds)s seconden.")
            % {"seconds": limits["READ_TIMEOUT"]}
        ) from None
    except requests.RequestException as error:
        raise FeedError(
            _("De agenda kon niet worden opgehaald (%(error)s).") % {"error": type(error).__name__}
        ) from None


def fetch(url: str, etag: str = "", last_modified: str = "") -> Fetched:
    """GET the feed within the limits (conditional when validators are known); FeedError if not."""
    limits = conf.ical_import()
    headers = {"User-Agent": USER_AGENT, "Accept": "text/calendar, text/plain;q=0.5, */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    with requests.Session() as session:
        for _hop in range(MAX_REDIRECTS + 1):
            check_url_allowed(url)
            with _get(session, url, headers, limits) as response:
                if response.is_redirect and "Location" in response.headers:
                    url = urljoin(url, response.headers["Location"])
                    continue
                if response.status_code == 304:
                    return Fetched(None, etag, last_modified)
                if response.status_code != 200:
                    raise FeedError(
                        _("De server antwoordde met foutcode %(status)d.")
                        % {"status": response.status_code}
                    )
                body = _read_limited(response, limits)
                _check_content_type(response.headers.get("Content-Type", ""), body)
                return Fetched(
                    body,
                    response.headers.get("ETag", "")[:255],
                    response.headers.get("Last-Modified", "")[:64],
                )
    raise FeedError(_("Te veel doorverwijzingen."))


# -- parsing ---------------------------------------------------------------------------------


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


# -- applying --------------------------------------------------------------------------------


def _feed_values(event: Event) -> dict:
    values = {
        "title": event.title,
        "intro": event.intro,
        "start": event.start,
        "end": event.end,
        "recurrence": event.recurrence,
        "series_end": event.series_end,
        "location_name": event.location_name,
    }
    if event.address:
        values.update(zip(("street", "postcode", "city"), event.address, strict=True))
    return values


def _differs(page: ActivityPage, event: Event) -> bool:
    values = _feed_values(event)
    if any(getattr(page, name) != value for name, value in values.items()):
        return True
    return set(page.excluded_dates) != event.exception_dates


def _fill(page: ActivityPage, event: Event) -> None:
    for name, value in _feed_values(event).items():
        setattr(page, name, value)
    page.exception_dates = [ActivityExceptionDate(date=d) for d in sorted(event.exception_dates)]


def _free_slug(taken: set, title: str) -> str:
    base = slugify(title)[:70] or "activiteit"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


def _submit(page: ActivityPage) -> None:
    """Send the latest revision to the organisation's review workflow (a draft without one)."""
    for state in WorkflowState.objects.active().for_instance(page):
        state.cancel(user=None)
    workflow = page.get_workflow()
    if workflow is None:
        logger.warning("No review workflow for imported activity %s: it stays a draft.", page.pk)
        return
    workflow.start(page, user=None)


def _release(page: ActivityPage, direct: bool) -> None:
    """Publish the latest revision directly, or submit it for review."""
    if direct:
        page.get_latest_revision().publish(log_action=True)
    else:
        _submit(page)


@dataclass
class _Run:
    """The state of one apply run."""

    organisation: OrganisationPage
    feed: CalendarFeed
    direct: bool
    taken_slugs: set
    result: ImportResult


def _create(run: _Run, event: Event) -> None:
    page = ActivityPage(ical_uid=event.uid, slug=_free_slug(run.taken_slugs, event.title))
    _fill(page, event)
    page.wijken.set(list(run.organisation.wijken.all()))
    page.live = run.direct
    run.organisation.add_child(instance=page)
    page.save_revision(log_action=True)
    _release(page, run.direct)
    run.result.created += 1


def _update(run: _Run, page: ActivityPage, event: Event) -> None:
    """Follow the feed: a new revision only when something changed; an editor's unpublish stays."""
    latest = page.get_latest_revision_as_object()
    changed = _differs(latest, event)
    if changed:
        _fill(latest, event)
        latest.save_revision(log_action=True)
        run.result.updated += 1
    came_back = not page.live and event.uid in run.feed.removed_uids
    if came_back:
        run.feed.removed_uids = [u for u in run.feed.removed_uids if u != event.uid]
    # Live pages and drafts still awaiting review follow the feed; a page an editor (or the
    # daily job for ended activities) unpublished only gets the new draft.
    if came_back or (changed and (page.live or page.first_published_at is None)):
        _release(latest, run.direct)


def apply(organisation: OrganisationPage, feed: CalendarFeed, parsed: Parsed) -> ImportResult:
    """Create, update and unpublish the organisation's activities to match the feed."""
    existing = {
        p.ical_uid: p for p in ActivityPage.objects.child_of(organisation).exclude(ical_uid="")
    }
    run = _Run(
        organisation=organisation,
        feed=feed,
        direct=organisation.review_mode == ReviewMode.DIRECT,
        taken_slugs=set(Page.objects.child_of(organisation).values_list("slug", flat=True)),
        result=ImportResult(ok=True, skipped=parsed.skipped),
    )
    for event in parsed.events:
        try:
            with transaction.atomic():
                if event.uid in existing:
                    _update(run, existing[event.uid], event)
                else:
                    _create(run, event)
        except ValidationError as error:
            messages = "; ".join(" ".join(v) for v in error.message_dict.values())
            run.result.skipped.append(f"{event.title}: {messages}")
    removed = set(feed.removed_uids)
    for uid, page in existing.items():
        if uid not in parsed.present_uids and page.live:
            page.unpublish(log_action=True)
            removed.add(uid)
            run.result.unpublished += 1
    feed.removed_uids = sorted(removed)
    return run.result


# -- one organisation, all organisations -----------------------------------------------------


def _edit_url(page: Page) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("wagtailadmin_pages:edit", args=[page.pk])


def notify_editors(organisation: OrganisationPage, feed: CalendarFeed) -> int:
    """Mail the organisation's editors that its feed keeps failing; returns mails queued."""
    from .freshness import organisation_editors
    from .mail import queue_mail

    context = {
        "organisation": organisation.title,
        "url": feed.url,
        "error": feed.last_error,
        "failures": feed.consecutive_failures,
        "last_success": feed.last_success_at,
        "edit_url": _edit_url(organisation),
    }
    editors = organisation_editors(organisation)
    for editor in editors:
        queue_mail(editor.email, "ical_failing", context)
    return len(editors)


def _failed(organisation: OrganisationPage, feed: CalendarFeed, message: str) -> ImportResult:
    feed.consecutive_failures += 1
    feed.last_error = message[:500]
    if (
        feed.consecutive_failures >= conf.ical_import()["NOTIFY_AFTER"]
        and feed.failure_notified_at is None
    ):
        notify_editors(organisation, feed)
        feed.failure_notified_at = timezone.now()
    feed.save()
    logger.info("Calendar feed of %s failed: %s", organisation.pk, message)
    return ImportResult(ok=False, error=message)


def _feed_state(organisation: OrganisationPage) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(
        organisation=organisation, defaults={"url": organisation.ical_url}
    )
    if feed.url != organisation.ical_url:  # a new address starts afresh
        feed.url, feed.etag, feed.last_modified = organisation.ical_url, "", ""
        feed.consecutive_failures, feed.failure_notified_at = 0, None
    return feed


def import_feed(organisation: OrganisationPage) -> ImportResult:
    """Fetch and apply one organisation's feed, recording the outcome in ``CalendarFeed``."""
    feed = _feed_state(organisation)
    feed.last_fetched_at = timezone.now()
    try:
        fetched = fetch(feed.url, feed.etag, feed.last_modified)
        if fetched.body is None:
            result = ImportResult(ok=True, not_modified=True, skipped=feed.skipped)
        else:
            parsed = parse(fetched.body)
            with transaction.atomic():
                result = apply(organisation, feed, parsed)
            feed.etag, feed.last_modified = fetched.etag, fetched.last_modified
            feed.event_count, feed.skipped = len(parsed.present_uids), result.skipped[:20]
    except FeedError as error:
        return _failed(organisation, feed, str(error))
    except Exception:  # a bug or a database error must not stop the other feeds
        logger.exception("Calendar feed of page %s could not be applied", organisation.pk)
        return _failed(organisation, feed, _("Onverwachte fout bij het verwerken van de agenda."))
    feed.last_success_at = feed.last_fetched_at
    feed.consecutive_failures, feed.last_error, feed.failure_notified_at = 0, "", None
    feed.save()
    return result


def organisations_with_feeds():
    """Live organisations that registered a calendar URL."""
    return OrganisationPage.objects.live().exclude(ical_url="").order_by("path")


def import_all() -> dict[str, ImportResult]:
    """Import every registered feed; the result per organisation title."""
    return {org.title: import_feed(org) for org in organisations_with_feeds()}
