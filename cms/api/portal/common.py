"""The portal API's plumbing: paging, Last-Modified of a list, references, date windows."""

import datetime
from collections.abc import Iterable
from urllib.parse import urlencode

from django.db.models import Count, Max, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from wagtail.models import Page

from ninja.errors import HttpError

from home.links import absolute_url

MAX_LIMIT = 100
DEFAULT_LIMIT = 20
MAX_OFFSET = 1_000_000
MAX_WINDOW_DAYS = 366
DEFAULT_WINDOW_DAYS = 31
EARLIEST = datetime.date(2000, 1, 1)
LATEST = datetime.date(2100, 12, 31)


def by_locale(queryset: QuerySet, locale: str | None) -> QuerySet:
    """Narrow to one content language when asked."""
    return queryset.filter(locale__language_code=locale) if locale else queryset


def page_of(
    request: HttpRequest, queryset: QuerySet, limit: int, offset: int, count: int | None = None
) -> tuple[list, dict]:
    """One page of a queryset and the paging block (count, limit, offset, next, previous)."""
    count = queryset.count() if count is None else count
    items = list(queryset[offset : offset + limit]) if offset < count else []
    paging = {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": _page_link(request, offset + limit) if offset + limit < count else None,
        "previous": _page_link(request, max(0, offset - limit)) if offset > 0 else None,
    }
    return items, paging


def _page_link(request: HttpRequest, offset: int) -> str:
    params = request.GET.copy()
    params["offset"] = str(offset)
    return absolute_url(request.path, request) + "?" + urlencode(sorted(params.items()))


def count_and_last_modified(queryset: QuerySet) -> tuple[int, datetime.datetime | None]:
    """How many pages match and their newest publication time, in one pass over them."""
    stats = queryset.order_by().aggregate(count=Count("pk"), latest=Max("last_published_at"))
    return stats["count"], stats["latest"]


def ref(page) -> dict | None:
    """A page as {"id", "title", "slug"}."""
    if page is None:
        return None
    return {"id": page.pk, "title": page.title, "slug": page.slug}


def term(item) -> dict | None:
    """A taxonomy term as {"id", "name", "slug"}."""
    if item is None:
        return None
    return {"id": item.pk, "name": item.name, "slug": item.slug}


def terms(items: Iterable) -> list[dict]:
    """Taxonomy terms, alphabetically."""
    return sorted((term(t) for t in items), key=lambda t: (t["name"], t["id"]))


def refs(pages: Iterable) -> list[dict]:
    """Pages as references, alphabetically."""
    return sorted((ref(p) for p in pages), key=lambda r: (r["title"], r["id"]))


def parents_by_path(model, pages: Iterable[Page]) -> dict[str, Page]:
    """The parent pages (of one model) of a batch of pages, by tree path, in one query."""
    paths = {p.path[: -Page.steplen] for p in pages}
    if not paths:
        return {}
    return {
        p.path: p for p in model.objects.filter(path__in=paths).only("id", "title", "slug", "path")
    }


def ancestors_by_path(model, pages: Iterable[Page], depth_from_parent: int) -> dict[str, Page]:
    """Ancestors ``depth_from_parent`` levels above a batch of pages, by their path."""
    cut = Page.steplen * depth_from_parent
    paths = {p.path[:-cut] for p in pages}
    if not paths:
        return {}
    return {
        p.path: p for p in model.objects.filter(path__in=paths).only("id", "title", "slug", "path")
    }


def date_window(
    start: datetime.date | None, end: datetime.date | None
) -> tuple[datetime.datetime, datetime.datetime]:
    """The [start, end] date window as aware datetimes (end date inclusive), validated."""
    start = start or timezone.localdate()
    for value in (start, end):
        if value is not None and not EARLIEST <= value <= LATEST:
            raise HttpError(400, f"Dates must lie between {EARLIEST} and {LATEST}")
    end = end or start + datetime.timedelta(days=DEFAULT_WINDOW_DAYS - 1)
    if end < start:
        raise HttpError(400, "end must not be before start")
    if (end - start).days >= MAX_WINDOW_DAYS:
        raise HttpError(400, f"The window may span at most {MAX_WINDOW_DAYS} days")
    tz = timezone.get_current_timezone()
    begin = datetime.datetime.combine(start, datetime.time.min, tzinfo=tz)
    finish = datetime.datetime.combine(
        end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
    )
    return begin, finish
