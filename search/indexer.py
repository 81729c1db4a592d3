"""Keep the search table (search.models) in step with the page tree.

``index_page`` writes one page's row (or removes it when the page is not live or not
searchable); ``rebuild`` recreates the whole table in bulk. Signal handlers (search.apps)
call ``index_page`` on every page save, so publishing, unpublishing and editing update search.
Only public fields are read: a request's or offer's first name and the private ``Submitter``
are never indexed.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils.html import strip_tags

from wagtail.models import Page

from aanbod.models import (
    ActivityPage,
    ItemStatus,
    OfferPage,
    OrganisationPage,
    RequestPage,
    ServicePage,
)
from home.dutch import fold, folded_words, text_keys
from wijken.models import GemeentePage, OntwikkelingPage, WijkPage

from .models import SearchEntry, SearchWord

TEXT_LIMIT = 2000
CODE_KIND = {"g": 1, "w": 2, "c": 3}  # facet code = id * 4 + kind
GIN_INDEXES = ["search_entry_doc_gin", "search_entry_title_doc_gin", "search_word_trgm"]
BULK_SIZE = 1000

# page_type value -> model; the order is the order of the "type" facet.
TYPE_MODELS: dict[str, type[Page]] = {
    "activiteit": ActivityPage,
    "dienst": ServicePage,
    "organisatie": OrganisationPage,
    "ontwikkeling": OntwikkelingPage,
    "vraag": RequestPage,
    "aanbod": OfferPage,
    "wijk": WijkPage,
    "gemeente": GemeentePage,
}
MODEL_TYPES = {model: name for name, model in TYPE_MODELS.items()}


def stream_text(value) -> str:
    """Plain text of a StreamField (or rich text / plain field) value."""
    if value is None:
        return ""
    raw = getattr(value, "raw_data", None)
    if raw is None:
        return strip_tags(str(value))
    parts: list[str] = []
    _collect_strings(list(raw), parts)
    return " ".join(strip_tags(p) for p in parts)


def _collect_strings(data, out: list[str]) -> None:
    if isinstance(data, str):
        out.append(data)
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in {"type", "id"}:
                _collect_strings(value, out)
    elif isinstance(data, list | tuple):
        for item in data:
            _collect_strings(item, out)


@dataclass
class EntryData:
    """What one page contributes to the search table."""

    entry: SearchEntry
    tags: list[tuple[str, int]] = field(default_factory=list)
    words: set[str] = field(default_factory=set)


def _gemeente_id_for_path(path: str, gemeenten: dict[str, int]) -> int | None:
    for length in range(Page.steplen, len(path) + 1, Page.steplen):
        gid = gemeenten.get(path[:length])
        if gid:
            return gid
    return None


def _searchable(page: Page) -> bool:
    if not page.live:
        return False
    if isinstance(page, RequestPage | OfferPage):
        return page.status == ItemStatus.OPEN and not page.hidden_after_reports
    return True


def build_entry(page: Page, gemeenten: dict[str, int], wijk_paths: dict[int, str]) -> EntryData:
    """The search row, facet tags and vocabulary for one specific page."""
    page_type = MODEL_TYPES[type(page)]
    intro = strip_tags(str(getattr(page, "intro", "") or ""))
    body_parts = [intro, stream_text(getattr(page, "body", None))]
    tags: list[tuple[str, int]] = []
    needs_visible_wijk = False
    expires_at = None
    if isinstance(page, ActivityPage | ServicePage | OrganisationPage):
        wijk_ids = [w.pk for w in page.wijken.all()]
        if wijk_ids:
            needs_visible_wijk = True
            tags += [("w", wid) for wid in wijk_ids]
            gids = {_gemeente_id_for_path(wijk_paths.get(wid, ""), gemeenten) for wid in wijk_ids}
            tags += [("g", gid) for gid in sorted(g for g in gids if g)]
        if not isinstance(page, OrganisationPage):
            categories = list(page.categories.all())
            tags += [("c", c.pk) for c in categories]
            body_parts += [c.name for c in categories]
        if isinstance(page, ActivityPage):
            body_parts.append(page.location_name)
        if isinstance(page, ServicePage):
            body_parts.append(getattr(page, "audience", "") or "")
    elif isinstance(page, RequestPage | OfferPage):
        needs_visible_wijk = True
        expires_at = page.expires_at
        tags.append(("w", page.wijk_id))
        tags.append(("c", page.category_id))
        body_parts = [page.description, page.when, page.category.name]
    elif isinstance(page, WijkPage):
        needs_visible_wijk = True
        tags.append(("w", page.pk))
    elif isinstance(page, GemeentePage):
        tags.append(("g", page.pk))
    if not isinstance(page, GemeentePage):
        gid = _gemeente_id_for_path(page.path, gemeenten)
        if gid and ("g", gid) not in tags:
            tags.append(("g", gid))
    body = " ".join(p for p in body_parts if p)
    tag_tokens = list(dict.fromkeys(f"{kind}{value}" for kind, value in tags if value))
    wijk_ids = [str(value) for kind, value in tags if kind == "w" and value]
    entry = SearchEntry(
        page_id=page.pk,
        page_type=page_type,
        path=page.path,
        title=page.title[:255],
        title_folded=fold(page.title)[:255],
        title_keys=" " + " ".join(text_keys(page.title)) + " ",
        body_keys=" " + " ".join(text_keys(body)) + " ",
        text=" ".join(body.split())[:TEXT_LIMIT],
        needs_visible_wijk=needs_visible_wijk,
        tag_list=" " + " ".join(tag_tokens) + " ",
        wijk_list=" ".join(dict.fromkeys(wijk_ids)),
        facet_codes=" ".join(
            dict.fromkeys(str(value * 4 + CODE_KIND[kind]) for kind, value in tags if value)
        ),
        expires_at=expires_at,
    )
    words = {w for w in folded_words(f"{page.title} {body}") if 3 <= len(w) <= 40}
    return EntryData(entry=entry, tags=tags, words=words)


def _lookups() -> tuple[dict[str, int], dict[int, str]]:
    gemeenten = dict(GemeentePage.objects.values_list("path", "pk"))
    wijk_paths = dict(WijkPage.objects.values_list("pk", "path"))
    return gemeenten, wijk_paths


def _write(items: list[EntryData]) -> None:
    if not items:
        return
    SearchEntry.objects.bulk_create([i.entry for i in items])
    words = sorted({w for i in items for w in i.words})
    SearchWord.objects.bulk_create(
        [SearchWord(word=w) for w in words], ignore_conflicts=True, batch_size=5000
    )


def index_page(page: Page) -> None:
    """Write (or remove) one page's row in the search table."""
    page = page.specific if type(page) is Page else page
    if type(page) not in MODEL_TYPES:
        return
    with transaction.atomic():
        SearchEntry.objects.filter(page_id=page.pk).delete()
        if _searchable(page):
            _write([build_entry(page, *_lookups())])


def remove_page(page_id: int) -> None:
    """Remove a page's row from the search table."""
    SearchEntry.objects.filter(page_id=page_id).delete()


def _live_pages(model: type[Page]) -> Iterable[Page]:
    qs = model.objects.live().order_by("pk")
    if model in (ActivityPage, ServicePage, OrganisationPage):
        qs = qs.prefetch_related("wijken")
    if model in (ActivityPage, ServicePage):
        qs = qs.prefetch_related("categories")
    if model in (RequestPage, OfferPage):
        qs = qs.filter(status=ItemStatus.OPEN, hidden_after_reports=False)
        qs = qs.select_related("category")
    return qs


def rebuild(progress=None) -> int:
    """Recreate the whole search table from the live pages; returns the number of rows."""
    gemeenten, wijk_paths = _lookups()
    total = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for model in TYPE_MODELS.values():
            last_pk = 0
            while True:
                batch = list(_live_pages(model).filter(pk__gt=last_pk)[:BULK_SIZE])
                if not batch:
                    break
                last_pk = batch[-1].pk
                _write([build_entry(p, gemeenten, wijk_paths) for p in batch])
                total += len(batch)
                if progress:
                    progress(total)
        if connection.vendor == "postgresql":
            # Merge the GIN pending list now, so the planner trusts the index right away.
            with connection.cursor() as cursor:
                for index in GIN_INDEXES:
                    cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
    return total
