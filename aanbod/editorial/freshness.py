"""Fresh content: what has not been confirmed for a while, reminders, and ended activities.

A page counts as confirmed when it was last published or when an editor clicked
"nog actueel" (``last_confirmed_at``). Content not confirmed for ``FRESHNESS_MONTHS``
(default 6) is *verouderd*: it is listed in the admin report and its organisation's
editors get one digest e-mail (at most every ``FRESHNESS_REMIND_DAYS`` days).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, Page

from dateutil.relativedelta import relativedelta

from aanbod.models import ActivityPage, FreshnessReminder, OrganisationPage, ServicePage
from home.links import admin_url
from outbox.mail import queue_mail
from wijken.onboarding import page_editors

FRESHNESS_MODELS = (OrganisationPage, ServicePage, ActivityPage)
CONFIRM_ACTION = "wijkportaal.confirm_current"
ORGANISATION_DEPTH = 4  # root / region / organisaties / organisation


def organisation_path(page: Page) -> str:
    """The tree path of the organisation a page belongs to (or is)."""
    return page.path[: Page.steplen * ORGANISATION_DEPTH]


def freshness_months() -> int:
    """The configured period after which content counts as stale (default 6 months)."""
    return int(getattr(settings, "WIJKPORTAAL", {}).get("FRESHNESS_MONTHS", 6))


def remind_every() -> datetime.timedelta:
    """At most one digest per organisation in this period (default 30 days)."""
    days = int(getattr(settings, "WIJKPORTAAL", {}).get("FRESHNESS_REMIND_DAYS", 30))
    return datetime.timedelta(days=days)


def stale_cutoff(months: int | None = None, now: datetime.datetime | None = None):
    """Content confirmed before this moment is stale."""
    return (now or timezone.now()) - relativedelta(months=months or freshness_months())


def _stale(model, cutoff) -> QuerySet:
    confirmed = Coalesce("last_confirmed_at", "last_published_at", "first_published_at")
    return model.objects.live().annotate(confirmed=confirmed).filter(confirmed__lt=cutoff)


def stale_querysets(
    cutoff, *, within: QuerySet | None = None, organisation=None, gemeente=None
) -> list[QuerySet]:
    """Per page type, the stale pages (optionally of one organisation or one gemeente)."""
    result = []
    for model in FRESHNESS_MODELS:
        qs = _stale(model, cutoff)
        if organisation is not None:
            qs = qs.filter(path__startswith=organisation.path)
        if gemeente is not None:
            in_gemeente = model.objects.filter(wijken__path__startswith=gemeente.path)
            qs = qs.filter(pk__in=in_gemeente.values("pk"))
        if within is not None:
            qs = qs.filter(within)
        result.append(qs)
    return result


@dataclass
class StaleItem:
    """One stale page in the report."""

    page: Page
    confirmed: datetime.datetime | None
    organisation_title: str


def stale_items(cutoff, *, within=None, organisation=None, gemeente=None, limit=500):
    """Stale pages, oldest first, with their organisation's name (a bounded number of queries)."""
    items = []
    for qs in stale_querysets(cutoff, within=within, organisation=organisation, gemeente=gemeente):
        items += list(qs.order_by("confirmed")[:limit])
    items.sort(key=lambda p: p.confirmed)
    items = items[:limit]
    org_paths = {organisation_path(p) for p in items}
    titles = dict(OrganisationPage.objects.filter(path__in=org_paths).values_list("path", "title"))
    return [StaleItem(p, p.confirmed, titles.get(organisation_path(p), "")) for p in items]


def user_scope(user) -> Q | None:
    """Pages this user may edit, as a path filter (None: everything, for superusers)."""
    if user.is_superuser:
        return None
    paths = GroupPagePermission.objects.filter(
        group__user=user, permission__codename="change_page"
    ).values_list("page__path", flat=True)
    scope = Q(pk__in=[])
    for path in set(paths):
        scope |= Q(path__startswith=path)
    return scope


def confirm_current(page: Page, user=None) -> datetime.datetime:
    """Record that ``page`` is still correct now, without a new revision; logged."""
    now = timezone.now()
    model = page.specific_class
    model.objects.filter(pk=page.pk).update(last_confirmed_at=now)
    log(instance=page.specific, action=CONFIRM_ACTION, user=user)
    return now


def send_stale_digests(months: int | None = None, now=None) -> int:
    """One digest per organisation with stale content to its editors; returns mails queued."""
    now = now or timezone.now()
    cutoff = stale_cutoff(months, now)
    by_org: dict[str, list[Page]] = {}
    for qs in stale_querysets(cutoff):
        for page in qs.only("id", "path", "title").order_by("path"):
            by_org.setdefault(organisation_path(page), []).append(page)
    sent = 0
    reminded_recently = set(
        FreshnessReminder.objects.filter(sent_at__gt=now - remind_every()).values_list(
            "organisation__path", flat=True
        )
    )
    for organisation in OrganisationPage.objects.filter(path__in=list(by_org)).order_by("path"):
        if organisation.path in reminded_recently:
            continue
        recipients = page_editors(organisation)
        if not recipients:
            continue
        pages = by_org[organisation.path]
        queue_mail(
            [u.email for u in recipients],
            "freshness_digest",
            digest_context(organisation, pages, months or freshness_months()),
        )
        FreshnessReminder.objects.update_or_create(
            organisation=organisation, defaults={"sent_at": now, "item_count": len(pages)}
        )
        sent += 1
    return sent


def digest_context(organisation: Page, pages: list[Page], months: int) -> dict:
    """What the digest mail lists: each stale page with its edit link, and the report link."""
    return {
        "organisation": organisation.title,
        "months": months,
        "items": [
            {"title": p.title, "url": admin_url(reverse("wagtailadmin_pages:edit", args=[p.pk]))}
            for p in pages
        ],
        "report_url": admin_url(reverse("freshness_report") + f"?organisation={organisation.pk}"),
    }


def ended_activities(today: datetime.date | None = None) -> QuerySet:
    """Live activities whose last occurrence is over."""
    today = today or timezone.localdate()
    start_of_today = datetime.datetime.combine(
        today, datetime.time.min, tzinfo=timezone.get_current_timezone()
    )
    recurring_over = ~Q(recurrence="") & Q(series_end__lt=today)
    single_over = Q(recurrence="") & Q(end__lt=start_of_today)
    return ActivityPage.objects.live().filter(recurring_over | single_over)


def unpublish_ended_activities(today: datetime.date | None = None) -> list[str]:
    """Unpublish activities whose series has ended (logged in the audit log); their titles."""
    titles = []
    for activity in ended_activities(today).order_by("pk"):
        activity.unpublish(log_action=True)
        titles.append(activity.title)
    return titles
