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

Fetching is in ``fetch``, reading the feed in ``parse``.
"""

import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page, WorkflowState

from aanbod import conf
from aanbod.agenda.import_.fetch import FeedError, fetch
from aanbod.agenda.import_.parse import Event, Parsed, parse
from aanbod.models import ActivityExceptionDate, ActivityPage, CalendarFeed, OrganisationPage
from aanbod.models.organisations import ReviewMode
from aanbod.text import free_slug
from home.links import admin_url
from outbox.mail import queue_mail
from wijken.onboarding import page_editors

logger = logging.getLogger(__name__)


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
    page = ActivityPage(ical_uid=event.uid, slug=free_slug(run.taken_slugs, event.title))
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
    return admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def notify_editors(organisation: OrganisationPage, feed: CalendarFeed) -> int:
    """Mail the organisation's editors that its feed keeps failing; returns mails queued."""
    context = {
        "organisation": organisation.title,
        "url": feed.url,
        "error": feed.last_error,
        "failures": feed.consecutive_failures,
        "last_success": feed.last_success_at,
        "edit_url": _edit_url(organisation),
    }
    editors = page_editors(organisation)
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
