"""Stored visibility: which pages the public may see, kept in ``PageVisibility`` per page.

The rule itself stays where it is (``wijken.rollout`` and ``aanbod.visibility``); this module
only evaluates it *from scratch* for a part of the tree and stores the answer, and tells the
readers whether they may use the stored answer. ``aanbod`` registers its full rule
(``public_pages``) at start-up, so this module, below ``aanbod``, never imports it.

The stored rows hold for one day (``VisibilityDay``): a pilot or live date passing is picked
up by the daily task, or by the first read on a new day when the task did not run.
"""

import contextlib
import contextvars
import datetime
from collections.abc import Callable, Iterator

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from wagtail.models import Page

from .models import GemeentePage, PageVisibility, VisibilityDay, WijkPage

Rule = Callable[[QuerySet, datetime.date], QuerySet]

DAY_CACHE_KEY = "visibility:day"
_from_scratch = contextvars.ContextVar("visibility_from_scratch", default=False)
_deferred = contextvars.ContextVar("visibility_deferred", default=False)
_rule: list[Rule] = []


def today() -> datetime.date:
    """The current date in the portal's time zone."""
    return timezone.localdate()


def register_rule(rule: Rule) -> None:
    """Set the from-scratch rule: (page queryset, date) -> the pages of it the public sees."""
    _rule[:] = [rule]


def _evaluate(queryset: QuerySet, on: datetime.date) -> QuerySet:
    if not _rule:
        raise ImproperlyConfigured("No visibility rule registered (is aanbod installed?)")
    return _rule[0](queryset, on)


@contextlib.contextmanager
def from_scratch() -> Iterator[None]:
    """Inside this block the public querysets evaluate the rule instead of reading rows."""
    token = _from_scratch.set(True)
    try:
        yield
    finally:
        _from_scratch.reset(token)


def use_stored(on: datetime.date | None) -> bool:
    """Whether a reader asking about ``on`` (None: today) may read the stored rows."""
    if _from_scratch.get():
        return False
    return on is None or on == today()


def visible_ids(on: datetime.date | None = None) -> QuerySet:
    """Ids of the pages the public may see today (a subquery for ``pk__in``)."""
    day = ensure_current()
    not_expired = Q(visible_until__isnull=True) | Q(visible_until__gte=on or day)
    return PageVisibility.objects.filter(not_expired).values("page_id")


def stored_visible(queryset: QuerySet, on: datetime.date | None = None) -> QuerySet:
    """``queryset`` narrowed to the pages whose stored visibility says the public sees them."""
    return queryset.filter(pk__in=visible_ids(on))


# --- keeping the rows true ----------------------------------------------------------------


def ensure_current() -> datetime.date:
    """Recompute everything when the rows are not for today; one cache read when they are."""
    day = today()
    if cache.get(DAY_CACHE_KEY) == day:
        return day
    marker = VisibilityDay.objects.first()
    if marker is None or marker.day != day:
        recompute(on=day, unless_done=True)
    cache.set(DAY_CACHE_KEY, day, 3600)
    return day


def recompute(prefix: str = "", on: datetime.date | None = None, unless_done: bool = False) -> int:
    """Re-evaluate the rule for the pages whose tree path starts with ``prefix`` (all: "").

    Bulk SQL: one DELETE, one INSERT ... SELECT of the rule's query, one UPDATE for the
    expiry dates. With no prefix, the day is recorded as the day the rows are for. Recomputes
    take turns (a lock on the day's row), so two processes never insert the same rows;
    ``unless_done`` skips a full recompute another process finished for that day meanwhile.
    """
    on = on or today()
    with from_scratch(), transaction.atomic():
        marker = VisibilityDay.objects.select_for_update().first()
        if unless_done and marker is not None and marker.day == on:
            return 0
        scope = Page.objects.filter(path__startswith=prefix) if prefix else Page.objects.all()
        stale = PageVisibility.objects.all()
        if prefix:
            stale = stale.filter(page__in=scope.values("pk"))
        stale.delete()
        visible = _evaluate(scope, on).values("pk")
        count = _insert_ids(visible)
        _store_expiry(prefix)
        if not prefix:
            if marker is None:
                VisibilityDay.objects.create(day=on)
            else:
                VisibilityDay.objects.filter(pk=marker.pk).update(day=on)
            cache.set(DAY_CACHE_KEY, on, 3600)
    return count


def _insert_ids(ids: QuerySet) -> int:
    sql, params = ids.query.get_compiler(connection=connection).as_sql()
    table = connection.ops.quote_name(PageVisibility._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} (page_id) SELECT * FROM ({sql}) AS v", params)
        return cursor.rowcount


def _store_expiry(prefix: str) -> None:
    """Copy each expiring page type's ``expires_at`` to its stored row."""
    from django.apps import apps
    from django.db.models import OuterRef, Subquery

    for model in apps.get_models():
        if not issubclass(model, Page) or "expires_at" not in {f.name for f in model._meta.fields}:
            continue
        rows = PageVisibility.objects.filter(
            page__in=model.objects.filter(path__startswith=prefix, expires_at__isnull=False)
        )
        expiry = model.objects.filter(pk=OuterRef("page_id")).values("expires_at")[:1]
        rows.update(visible_until=Subquery(expiry))


def region_prefix(path: str) -> str:
    """The tree path of the region (the HomePage two levels down) a page path lies in."""
    return path[: 2 * Page.steplen]


def scope_of(page: Page) -> str:
    """The part of the tree a change to ``page`` can affect: its region for a gemeente or
    wijk (content anywhere in the region may be tied to it), else its own subtree."""
    if isinstance(page.specific_deferred, (GemeentePage, WijkPage)):
        return region_prefix(page.path)
    return page.path


def is_deferred() -> bool:
    """Whether a bulk load is running (see ``deferred``)."""
    return _deferred.get()


def recompute_for(page: Page) -> None:
    """Recompute what a change to ``page`` may have changed (unless recompute is deferred)."""
    if not is_deferred():
        recompute(scope_of(page))


@contextlib.contextmanager
def deferred(prefix: str = "") -> Iterator[None]:
    """Bulk loading: no recompute per saved page, one recompute at the end (of the pages whose
    path starts with ``prefix``; all by default). Nothing is recomputed when the block fails."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
    recompute(prefix)
