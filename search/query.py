"""One search for the whole portal: ``search_portal`` is called by the site search, the
portal API and Wagtail's API v2 ``?search=``, so they all return the same visible set.

Visibility is applied at query time from the rollout rule (``wijken.rollout``), view
restrictions and expiry dates, so a rollout date passing needs no re-index. On PostgreSQL the
match uses the GIN-indexed ``doc`` tsvector and ranks a limited candidate set with
``ts_rank``; typo tolerance uses a trigram index on the small vocabulary table only. On SQLite
the same rows are matched with ``LIKE`` (the degrade path for a first run).
"""

import difflib
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Page, PageViewRestriction, Site

from aanbod.models import Category
from wijken.rollout import hidden_area_paths, visible_gemeenten, visible_wijken

from .indexer import TYPE_MODELS
from .models import SearchEntry, SearchTag, SearchWord
from .text import WORD_RE, fold, query_terms, word_keys

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
CANDIDATES = 2000  # ranked candidate set on PostgreSQL (title matches come first)
TITLE_CANDIDATES = 500
FEW_RESULTS = 3  # below this, typo and prefix alternatives are added
SNIPPET_WORDS = 30
FACETS = ("gemeente", "wijk", "type", "categorie")
TAG_KIND = {"gemeente": "g", "wijk": "w", "categorie": "c"}


def clean_query(raw: str | None) -> str:
    """Strip control characters and NUL bytes, collapse white space, cap the length."""
    printable = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


@dataclass
class FacetValue:
    """One value of a facet with its count for the current query."""

    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Hit:
    """One search result: the page id, title and a highlighted snippet."""

    page_id: int
    title: str
    page_type: str
    title_html: SafeString
    snippet_html: SafeString
    url: str = ""


@dataclass
class SearchOutcome:
    """Everything a search page or API needs to show for one query."""

    query: str
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    page: int = 1
    num_pages: int = 1
    page_size: int = PAGE_SIZE
    alternatives: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    degraded: bool = False
    filters: dict[str, str] = field(default_factory=dict)

    @property
    def has_previous(self) -> bool:
        """Whether there is a previous results page."""
        return self.page > 1

    @property
    def has_next(self) -> bool:
        """Whether there is a next results page."""
        return self.page < self.num_pages


def is_postgres() -> bool:
    """Whether the default database is PostgreSQL."""
    return connection.vendor == "postgresql"


# --- visibility and filters -------------------------------------------------------------


def visible_entries(site: Site | None, on=None) -> QuerySet:
    """Search rows the public may see now: rollout, view restrictions and expiry applied."""
    today = on or timezone.localdate()
    qs = SearchEntry.objects.all()
    if site is not None:
        qs = qs.filter(path__startswith=site.root_page.path)
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    for path in [*hidden_area_paths(on), *restricted]:
        qs = qs.exclude(path__startswith=path)
    visible_wijk_ids = list(visible_wijken(on).values_list("pk", flat=True))
    in_visible_wijk = SearchTag.objects.filter(
        entry=OuterRef("pk"), kind="w", value__in=visible_wijk_ids
    )
    qs = qs.filter(Q(needs_visible_wijk=False) | Exists(in_visible_wijk))
    return qs.filter(Q(expires_at__isnull=True) | Q(expires_at__gte=today))


def _as_int(value) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**31 else None


def clean_filters(raw: dict | None, on=None) -> tuple[dict[str, str], list[str]]:
    """Keep only known facet values; return them and messages about the ones ignored."""
    raw = raw or {}
    clean: dict[str, str] = {}
    ignored: list[str] = []
    for name in FACETS:
        value = raw.get(name)
        if value in (None, ""):
            continue
        value = clean_query(str(value))
        if name == "type":
            ok = value in TYPE_MODELS
        else:
            number = _as_int(value)
            if number is None:
                ok = False
            elif name == "gemeente":
                ok = visible_gemeenten(on).filter(pk=number).exists()
            elif name == "wijk":
                ok = visible_wijken(on).filter(pk=number).exists()
            else:
                ok = Category.objects.filter(pk=number).exists()
            value = str(number) if ok else value
        if ok:
            clean[name] = value
        else:
            ignored.append(name)
    messages = [_("Onbekend filter genegeerd: %(name)s") % {"name": ", ".join(ignored)}] * bool(
        ignored
    )
    return clean, messages


def _tag_exists(kind: str, value: int) -> Exists:
    return Exists(SearchTag.objects.filter(entry=OuterRef("pk"), kind=kind, value=value))


def apply_filters(qs: QuerySet, filters: dict[str, str]) -> QuerySet:
    """Narrow rows by facet values (already cleaned).

    A wijk filter keeps what is tied to that wijk plus what serves everyone there: region-wide
    items and items of the wijk's gemeente that are not tied to other wijken.
    """
    if "type" in filters:
        qs = qs.filter(page_type=filters["type"])
    if "gemeente" in filters:
        qs = qs.filter(_tag_exists("g", int(filters["gemeente"])))
    if "categorie" in filters:
        qs = qs.filter(_tag_exists("c", int(filters["categorie"])))
    if "wijk" in filters:
        wijk_id = int(filters["wijk"])
        wijk_path = Page.objects.filter(pk=wijk_id).values_list("path", flat=True).first() or ""
        gemeente_id = (
            Page.objects.filter(path=wijk_path[: -Page.steplen])
            .values_list("pk", flat=True)
            .first()
        )
        any_gemeente = Exists(SearchTag.objects.filter(entry=OuterRef("pk"), kind="g"))
        general = Q(needs_visible_wijk=False) & (~any_gemeente | _tag_exists("g", gemeente_id or 0))
        qs = qs.filter(_tag_exists("w", wijk_id) | general)
    return qs


# --- matching -----------------------------------------------------------------------------


def _tsquery(groups: list[list[str]], prefixes: list[str] | None = None) -> str:
    parts = []
    for index, keys in enumerate(groups):
        options = list(dict.fromkeys(keys))
        if prefixes and prefixes[index]:
            options.append(f"{prefixes[index]}:*")
        parts.append("(" + " | ".join(options) + ")")
    return " & ".join(parts)


def _match(qs: QuerySet, groups: list[list[str]], prefixes: list[str] | None = None) -> QuerySet:
    if is_postgres():
        matching = RawSQL(
            "SELECT page_id FROM search_searchentry WHERE doc @@ to_tsquery('simple', %s)",
            [_tsquery(groups, prefixes)],
        )
        return qs.filter(pk__in=matching)
    for index, keys in enumerate(groups):
        cond = Q()
        for key in keys:
            cond |= Q(title_keys__contains=f" {key} ") | Q(body_keys__contains=f" {key} ")
        if prefixes and prefixes[index]:
            p = prefixes[index]
            cond |= Q(title_keys__contains=f" {p}") | Q(body_keys__contains=f" {p}")
        qs = qs.filter(cond)
    return qs


def similar_words(word: str, limit: int = 3) -> list[str]:
    """Vocabulary words that look like a (mistyped) word: trigram on PostgreSQL."""
    if len(word) < 4:
        return []
    if is_postgres():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM search_searchword WHERE word %% %s AND word <> %s "
                "ORDER BY similarity(word, %s) DESC, word LIMIT %s",
                [word, word, word, limit],
            )
            return [row[0] for row in cursor.fetchall()]
    candidates = SearchWord.objects.filter(word__startswith=word[0]).values_list("word", flat=True)
    return difflib.get_close_matches(word, list(candidates[:20000]), n=limit, cutoff=0.75)


def _expanded_groups(terms) -> tuple[list[list[str]], list[str], list[str]]:
    groups: list[list[str]] = []
    prefixes: list[str] = []
    alternatives: list[str] = []
    for folded, keys in terms:
        options = list(keys)
        for word in similar_words(folded):
            alternatives.append(word)
            options += list(word_keys(word))
        groups.append(options)
        prefixes.append(folded if len(folded) >= 4 else "")
    return groups, prefixes, alternatives


def _ranked_ids_postgres(
    qs: QuerySet, tsq: str, boost_wijk: int | None, offset: int, limit: int
) -> list[int]:
    sql, params = qs.values("pk").query.sql_with_params()
    boost = "0"
    boost_params: list = []
    if boost_wijk:
        boost = (
            "CASE WHEN EXISTS (SELECT 1 FROM search_searchtag t WHERE t.entry_id = e.page_id "
            "AND t.kind = 'w' AND t.value = %s) THEN 2 ELSE 0 END"
        )
        boost_params = [boost_wijk]
    query = f"""
        WITH q AS (SELECT to_tsquery('simple', %s) AS q),
        matched AS ({sql}),
        cand AS (
            (SELECT e.page_id FROM search_searchentry e, q
              WHERE e.page_id IN (SELECT * FROM matched) AND e.title_doc @@ q.q
              LIMIT {TITLE_CANDIDATES})
            UNION
            (SELECT * FROM matched LIMIT {CANDIDATES})
        )
        SELECT e.page_id FROM search_searchentry e, q
        WHERE e.page_id IN (SELECT page_id FROM cand)
        ORDER BY (CASE WHEN e.title_doc @@ q.q THEN 1 ELSE 0 END) + {boost}
                 + ts_rank(e.doc, q.q) DESC, e.page_id
        LIMIT %s OFFSET %s
    """
    with connection.cursor() as cursor:
        cursor.execute(query, [tsq, *params, *boost_params, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def _ranked_ids_python(
    qs: QuerySet, groups: list[list[str]], boost_wijk: int | None, offset: int, limit: int
) -> list[int]:
    rows = list(qs.values_list("pk", "title_keys", "body_keys")[:5000])
    in_wijk: set[int] = set()
    if boost_wijk:
        in_wijk = set(
            SearchTag.objects.filter(
                kind="w", value=boost_wijk, entry_id__in=[r[0] for r in rows]
            ).values_list("entry_id", flat=True)
        )
    keys = {k for g in groups for k in g}

    def score(row) -> tuple:
        pk, title_keys, body_keys = row
        title_hit = any(f" {k} " in title_keys for k in keys)
        freq = sum(body_keys.count(f" {k} ") for k in keys)
        return (-(int(title_hit) + 2 * (pk in in_wijk)), -freq, pk)

    rows.sort(key=score)
    return [r[0] for r in rows[offset : offset + limit]]


# --- snippets -----------------------------------------------------------------------------


def highlight(text: str, keys: set[str], window: int | None = None) -> SafeString:
    """Escape a text and wrap the words matching the keys in <mark>; trim to a window."""
    matches = list(WORD_RE.finditer(text))
    hits = [i for i, m in enumerate(matches) if keys & set(word_keys(m.group().lower()))]
    start_char, end_char = 0, len(text)
    prefix = suffix = ""
    if window and len(matches) > window:
        first = max(0, (hits[0] if hits else 0) - 8)
        last = min(len(matches) - 1, first + window)
        start_char, end_char = matches[first].start(), matches[last].end()
        prefix = "… " if first > 0 else ""
        suffix = " …" if last < len(matches) - 1 else ""
    out: list[str] = [prefix]
    cursor = start_char
    hit_set = set(hits)
    for i, m in enumerate(matches):
        if m.start() < start_char or m.end() > end_char:
            continue
        out.append(escape(text[cursor : m.start()]))
        word = escape(m.group())
        out.append(f"<mark>{word}</mark>" if i in hit_set else word)
        cursor = m.end()
    out.append(escape(text[cursor:end_char]))
    out.append(suffix)
    return mark_safe("".join(out))


# --- facets -------------------------------------------------------------------------------


def facet_counts(qs: QuerySet, filters: dict[str, str], on=None) -> dict[str, list[FacetValue]]:
    """Counts per gemeente, wijk, type and category over the matching rows."""
    facets: dict[str, list[FacetValue]] = {name: [] for name in FACETS}
    type_labels = {name: str(model._meta.verbose_name) for name, model in TYPE_MODELS.items()}
    for row in qs.order_by().values("page_type").annotate(n=Count("pk")).order_by("page_type"):
        facets["type"].append(
            FacetValue(
                row["page_type"],
                type_labels.get(row["page_type"], row["page_type"]),
                row["n"],
                filters.get("type") == row["page_type"],
            )
        )
    tag_rows = (
        SearchTag.objects.filter(entry__in=qs.order_by().values("pk"))
        .values("kind", "value")
        .annotate(n=Count("pk"))
    )
    counts: dict[str, dict[int, int]] = {"g": {}, "w": {}, "c": {}}
    for row in tag_rows:
        counts[row["kind"]][row["value"]] = row["n"]
    labels = {
        "g": dict(visible_gemeenten(on).filter(pk__in=counts["g"]).values_list("pk", "title")),
        "w": dict(visible_wijken(on).filter(pk__in=counts["w"]).values_list("pk", "title")),
        "c": dict(Category.objects.filter(pk__in=counts["c"]).values_list("pk", "name")),
    }
    for name, kind in TAG_KIND.items():
        values = [
            FacetValue(str(pk), labels[kind][pk], n, filters.get(name) == str(pk))
            for pk, n in counts[kind].items()
            if pk in labels[kind]
        ]
        facets[name] = sorted(values, key=lambda v: (-v.count, v.label))
    return facets


# --- the search ---------------------------------------------------------------------------


def _external_ids(site: Site, query: str) -> list[int] | None:
    """Page ids from Elasticsearch/OpenSearch when configured; None when not configured."""
    backend_path = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    if "elasticsearch" not in backend_path and "opensearch" not in backend_path:
        return None
    from aanbod.visibility import public_pages

    pages = public_pages(Page.objects.descendant_of(site.root_page, inclusive=True))
    return [p.pk for p in pages.search(query)[:CANDIDATES]]


def _matching(site, terms, filters, on) -> tuple[QuerySet, list[list[str]], list[str] | None]:
    base = apply_filters(visible_entries(site, on), filters)
    groups = [list(keys) for _folded, keys in terms]
    return base, groups, None


def search_portal(
    site: Site | None,
    query: str,
    filters: dict | None = None,
    page: int | str | None = 1,
    page_size: int = PAGE_SIZE,
    on=None,
) -> SearchOutcome:
    """Search what the public may see on a site; never raises on odd input.

    ``filters`` may hold ``gemeente``, ``wijk``, ``categorie`` (ids) and ``type``. Unknown
    values are ignored with a message. Out-of-range page numbers give the last page.
    """
    query = clean_query(query)
    clean, messages = clean_filters(filters, on)
    outcome = SearchOutcome(query=query, filters=clean, messages=messages, page_size=page_size)
    terms = query_terms(query)
    if not query:
        return outcome
    if not terms:
        outcome.messages.append(
            _("Zoek op een woord van minstens twee letters dat meer zegt dan 'de' of 'en'.")
        )
        return outcome
    base, groups, prefixes = _matching(site, terms, clean, on)
    external: list[int] | None = None
    try:
        external = _external_ids(site, query) if site is not None else None
    except Exception:  # any transport error of the search service: answer from the database
        logger.warning("Search service unreachable; answering from the database", exc_info=True)
        outcome.degraded = True
        outcome.messages.append(
            _("De zoekdienst is niet bereikbaar; de resultaten zijn mogelijk onvolledig.")
        )
    if external is not None:
        matched = base.filter(pk__in=external)
    else:
        matched = _match(base, groups)
        total = matched.count()
        if total < FEW_RESULTS:
            groups, prefixes, outcome.alternatives = _expanded_groups(terms)
            widened = _match(base, groups, prefixes)
            if widened.count() > total:
                matched = widened
    outcome.total = matched.count()
    outcome.num_pages = max(1, -(-outcome.total // page_size))
    number = _as_int(page) or 1
    outcome.page = min(number, outcome.num_pages)
    offset = (outcome.page - 1) * page_size
    boost = int(clean["wijk"]) if "wijk" in clean else None
    if external is not None:
        order = {pk: i for i, pk in enumerate(external)}
        ids = sorted(matched.values_list("pk", flat=True), key=lambda pk: order.get(pk, 0))
        ids = ids[offset : offset + page_size]
    elif is_postgres():
        ids = _ranked_ids_postgres(matched, _tsquery(groups, prefixes), boost, offset, page_size)
    else:
        ids = _ranked_ids_python(matched, groups, boost, offset, page_size)
    outcome.hits = _hits(ids, groups)
    outcome.facets = facet_counts(matched, clean, on)
    return outcome


def _hits(ids: list[int], groups: list[list[str]]) -> list[Hit]:
    keys = {k for g in groups for k in g}
    rows = SearchEntry.objects.in_bulk(ids)
    hits = []
    for pk in ids:
        row = rows.get(pk)
        if row is None:
            continue
        hits.append(
            Hit(
                page_id=pk,
                title=row.title,
                page_type=row.page_type,
                title_html=highlight(row.title, keys),
                snippet_html=highlight(row.text, keys, window=SNIPPET_WORDS),
            )
        )
    return hits


def matching_page_ids(site: Site | None, query: str, filters: dict | None = None, on=None):
    """All page ids a query finds (unranked), for API filters that need the whole set."""
    query = clean_query(query)
    clean, _messages = clean_filters(filters, on)
    terms = query_terms(query)
    if not terms:
        return []
    base, groups, _prefixes = _matching(site, terms, clean, on)
    matched = _match(base, groups)
    if matched.count() < FEW_RESULTS:
        groups, prefixes, _alts = _expanded_groups(terms)
        widened = _match(base, groups, prefixes)
        if widened.count() > matched.count():
            matched = widened
    return list(matched.values_list("pk", flat=True))


def suggest(site: Site | None, prefix: str, limit: int = 8, on=None) -> list[dict]:
    """Type-ahead: visible titles with a word starting with the prefix (3+ characters)."""
    folded = " ".join(fold(clean_query(prefix)).split())
    folded = "".join(ch for ch in folded if ch.isalnum() or ch == " ").strip()
    if len(folded) < 3:
        return []
    qs = visible_entries(site, on)
    if is_postgres():
        qs = qs.filter(title_folded__iregex=r"(^|[^a-z0-9])" + folded)
    else:
        qs = qs.filter(
            Q(title_folded__istartswith=folded) | Q(title_folded__icontains=f" {folded}")
        )
    rows = qs.order_by("title").values_list("pk", "title", "page_type")[:limit]
    return [{"id": pk, "title": title, "type": page_type} for pk, title, page_type in rows]
