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
from django.core.cache import cache
from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Page, PageViewRestriction, Site

from aanbod.models import Category
from home.dutch import WORD_RE, fold, query_terms, word_keys
from home.regions import in_site_region
from wijken.models import PageVisibility, WijkPage
from wijken.rollout import hidden_area_paths, visible_gemeenten, visible_wijken
from wijken.visibility_store import use_stored, visible_ids

from . import external as search_service
from .indexer import TYPE_MODELS
from .models import SearchEntry, SearchWord

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
CANDIDATES = 1000  # ranked candidate set on PostgreSQL (title matches come first)
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


@dataclass
class Scope:
    """What the public may see now, gathered in a few small queries (cached briefly)."""

    root_path: str
    hidden_paths: list[str]
    visible_wijk_ids: list[int]
    hidden_wijk_ids: list[int]
    today: object
    area_titles: dict[int, str] = field(default_factory=dict)  # visible gemeenten and wijken
    gemeente_ids: list[int] = field(default_factory=list)
    category_names: dict[int, str] = field(default_factory=dict)
    stored: bool = False  # read the stored visibility (today) instead of hidden paths and ids


SCOPE_VERSION_KEY = "search:scope-version"
SCOPE_TIMEOUT = 300


def bump_scope_version() -> None:
    """Forget cached scopes (called when pages or view restrictions change)."""
    try:
        cache.incr(SCOPE_VERSION_KEY)
    except ValueError:
        cache.set(SCOPE_VERSION_KEY, 1, None)


def scope_for(site: Site | None, on=None) -> Scope:
    """Hidden area and restricted paths, visible/hidden wijk ids, labels and today's date.

    Cached for a few minutes per site and date; any page save or view-restriction change
    invalidates it (search.signals), and a rollout date passing changes the date in the key.
    """
    today = on or timezone.localdate()
    root_path = site.root_page.path if site is not None else ""
    version = cache.get(SCOPE_VERSION_KEY, 0)
    key = f"search:scope:{root_path}:{today.isoformat()}:{version}"
    scope = cache.get(key)
    if scope is None:
        scope = _compute_scope(root_path, on, today)
        cache.set(key, scope, SCOPE_TIMEOUT)
    return scope


def _compute_scope(root_path: str, on, today) -> Scope:
    stored = use_stored(on)
    wijken = dict(visible_wijken(on).values_list("pk", "title"))
    gemeenten = dict(visible_gemeenten(on).values_list("pk", "title"))
    if stored:
        hidden_paths, hidden = [], []
    else:
        restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        hidden_paths = [*hidden_area_paths(on), *restricted]
        hidden = list(WijkPage.objects.exclude(pk__in=list(wijken)).values_list("pk", flat=True))
    return Scope(
        root_path=root_path,
        hidden_paths=hidden_paths,
        visible_wijk_ids=sorted(wijken),
        hidden_wijk_ids=hidden,
        stored=stored,
        today=today,
        area_titles={**gemeenten, **wijken},
        gemeente_ids=sorted(gemeenten),
        category_names=dict(Category.objects.values_list("pk", "name")),
    )


def visible_entries(site: Site | None, on=None, scope: Scope | None = None) -> QuerySet:
    """Search rows the public may see now: rollout, view restrictions and expiry applied."""
    scope = scope or scope_for(site, on)
    qs = SearchEntry.objects.all()
    if scope.root_path:
        qs = qs.filter(path__startswith=scope.root_path)
    if scope.stored:
        return qs.filter(page_id__in=visible_ids(scope.today))
    for path in scope.hidden_paths:
        qs = qs.exclude(path__startswith=path)
    in_visible_wijk = Q()
    for wijk_id in scope.visible_wijk_ids:
        in_visible_wijk |= Q(tag_list__contains=f" w{wijk_id} ")
    qs = qs.filter(Q(needs_visible_wijk=False) | (in_visible_wijk or Q(pk__in=[])))
    return qs.filter(Q(expires_at__isnull=True) | Q(expires_at__gte=scope.today))


def _as_int(value) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**31 else None


def clean_filters(raw: dict | None, scope: Scope) -> tuple[dict[str, str], list[str]]:
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
                ok = number in scope.gemeente_ids
            elif name == "wijk":
                ok = number in scope.visible_wijk_ids
            else:
                ok = number in scope.category_names
            value = str(number) if ok else value
        if ok:
            clean[name] = value
        else:
            ignored.append(name)
    messages = []
    if ignored:
        messages.append(_("Onbekend filter genegeerd: %(name)s") % {"name": ", ".join(ignored)})
    return clean, messages


def _wijk_gemeente_id(wijk_id: int) -> int:
    wijk_path = Page.objects.filter(pk=wijk_id).values_list("path", flat=True).first() or ""
    parent = Page.objects.filter(path=wijk_path[: -Page.steplen]).values_list("pk", flat=True)
    return parent.first() or 0


def apply_filters(qs: QuerySet, filters: dict[str, str]) -> QuerySet:
    """Narrow rows by facet values (already cleaned).

    A wijk filter keeps what is tied to that wijk plus what serves everyone there: region-wide
    items and items of the wijk's gemeente that are not tied to other wijken.
    """
    if "type" in filters:
        qs = qs.filter(page_type=filters["type"])
    if "gemeente" in filters:
        qs = qs.filter(tag_list__contains=f" g{filters['gemeente']} ")
    if "categorie" in filters:
        qs = qs.filter(tag_list__contains=f" c{filters['categorie']} ")
    if "wijk" in filters:
        gemeente_id = _wijk_gemeente_id(int(filters["wijk"]))
        general = Q(needs_visible_wijk=False) & (
            ~Q(tag_list__contains=" g") | Q(tag_list__contains=f" g{gemeente_id} ")
        )
        qs = qs.filter(Q(tag_list__contains=f" w{filters['wijk']} ") | general)
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
    """ORM match (SQLite, and the search-service path): LIKE on the key columns."""
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


# --- PostgreSQL: one round trip for total, facets and the ranked page ----------------------


def _pg_where(scope: Scope, filters: dict[str, str]) -> tuple[str, list]:
    conds = ["e.doc @@ q.q"]
    params: list = []
    if scope.root_path:
        conds.append("e.path LIKE %s")
        params.append(scope.root_path + "%")
    if scope.stored:
        visible = PageVisibility._meta.db_table
        conds.append(
            f"e.page_id IN (SELECT page_id FROM {visible} "
            "WHERE visible_until IS NULL OR visible_until >= %s)"
        )
        params.append(scope.today)
    by_length: dict[int, list[str]] = {}
    for path in scope.hidden_paths:
        by_length.setdefault(len(path), []).append(path)
    for length, paths in sorted(by_length.items()):
        # left(path, n) <> ALL(array) is hashed by PostgreSQL: cheap for every matching row.
        conds.append(f"left(e.path, {int(length)}) <> ALL(%s)")
        params.append(paths)
    if scope.hidden_wijk_ids:
        conds.append("(NOT e.needs_visible_wijk OR NOT (e.wijk_ids <@ %s::integer[]))")
        params.append(scope.hidden_wijk_ids)
    conds.append("(e.expires_at IS NULL OR e.expires_at >= %s)")
    params.append(scope.today)
    if "type" in filters:
        conds.append("e.page_type = %s")
        params.append(filters["type"])
    if "gemeente" in filters:
        conds.append("%s = ANY(e.tags)")
        params.append(f"g{filters['gemeente']}")
    if "categorie" in filters:
        conds.append("%s = ANY(e.tags)")
        params.append(f"c{filters['categorie']}")
    if "wijk" in filters:
        gemeente = f"g{_wijk_gemeente_id(int(filters['wijk']))}"
        conds.append(
            "(%s = ANY(e.tags) OR (NOT e.needs_visible_wijk AND "
            "(e.tag_list NOT LIKE '%% g%%' OR %s = ANY(e.tags))))"
        )
        params += [f"w{filters['wijk']}", gemeente]
    return " AND ".join(conds), params


def _pg_search(
    scope: Scope, filters: dict[str, str], tsq: str, offset: int, limit: int
) -> tuple[list[int], dict[str, int], dict[str, int]]:
    """Ranked page ids for one results page, counts per type and per facet token.

    The matching rows are read once (``m``); title matches come from the small title GIN
    index; scores (``ts_rank``, title, wijk) are computed for a limited candidate set only;
    facets are counted over the integer facet codes.
    """
    where, params = _pg_where(scope, filters)
    wijk_code = int(filters["wijk"]) * 4 + 2 if "wijk" in filters else 0
    sql = f"""
        WITH q AS (SELECT to_tsquery('simple', %s) AS q),
        m AS MATERIALIZED (
            SELECT e.page_id, e.page_type, e.facet_code_ids AS codes
            FROM search_searchentry e, q WHERE {where}
        ),
        t AS (SELECT s.page_id FROM search_searchentry s, q WHERE s.title_doc @@ q.q),
        cand AS (
            (SELECT m.page_id FROM m JOIN t ON t.page_id = m.page_id LIMIT {TITLE_CANDIDATES})
            UNION (SELECT page_id FROM m WHERE %s = ANY(codes) LIMIT {TITLE_CANDIDATES})
            UNION (SELECT page_id FROM m LIMIT %s)
        ),
        ranked AS (
            SELECT c.page_id,
                   (e.title_doc @@ q.q)::int + 2 * (%s = ANY(e.facet_code_ids))::int
                   + ts_rank(e.doc, q.q) AS score
            FROM cand c JOIN search_searchentry e ON e.page_id = c.page_id, q
            ORDER BY score DESC, c.page_id LIMIT %s OFFSET %s
        )
        SELECT 'h', page_id, score FROM ranked
        UNION ALL SELECT 't' || page_type, count(*), 0 FROM m GROUP BY page_type
        UNION ALL SELECT 'f', code, count(*)
            FROM (SELECT unnest(codes) AS code FROM m) AS f GROUP BY code
    """
    with connection.cursor() as cursor:
        candidates = CANDIDATES + offset  # deep pages still get results
        cursor.execute(sql, [tsq, *params, wijk_code, candidates, wijk_code, limit, offset])
        rows = cursor.fetchall()
    hits = sorted((r for r in rows if r[0] == "h"), key=lambda r: (-r[2], r[1]))
    types = {r[0][1:]: r[1] for r in rows if r[0].startswith("t")}
    kinds = {1: "g", 2: "w", 3: "c"}
    tags = {f"{kinds[r[1] % 4]}{r[1] // 4}": int(r[2]) for r in rows if r[0] == "f" and r[1] % 4}
    return [r[1] for r in hits], types, tags


def _pg_ids(scope: Scope, filters: dict[str, str], tsq: str) -> list[int]:
    where, params = _pg_where(scope, filters)
    sql = f"""WITH q AS (SELECT to_tsquery('simple', %s) AS q)
              SELECT e.page_id FROM search_searchentry e, q WHERE {where}"""
    with connection.cursor() as cursor:
        cursor.execute(sql, [tsq, *params])
        return [row[0] for row in cursor.fetchall()]


# --- generic path (SQLite, or ids from a search service) ------------------------------------


def _generic_search(
    qs: QuerySet,
    groups: list[list[str]],
    filters: dict[str, str],
    offset: int,
    limit: int,
    order: list[int] | None = None,
) -> tuple[list[int], dict[str, int], dict[str, int]]:
    rows = list(qs.values_list("pk", "title_keys", "body_keys", "page_type", "tag_list")[:5000])
    types: dict[str, int] = {}
    tags: dict[str, int] = {}
    for row in rows:
        types[row[3]] = types.get(row[3], 0) + 1
        for token in row[4].split():
            tags[token] = tags.get(token, 0) + 1
    keys = {k for g in groups for k in g}
    wijk_token = f" w{filters['wijk']} " if "wijk" in filters else None
    position = {pk: i for i, pk in enumerate(order or [])}

    def score(row) -> tuple:
        pk, title_keys, body_keys, _type, tag_list = row
        title_hit = any(f" {k} " in title_keys for k in keys)
        in_wijk = bool(wijk_token and wijk_token in tag_list)
        freq = sum(body_keys.count(f" {k} ") for k in keys)
        if order is not None:
            return (-2 * in_wijk, position.get(pk, 0), pk)
        return (-(int(title_hit) + 2 * in_wijk), -freq, pk)

    rows.sort(key=score)
    return [r[0] for r in rows[offset : offset + limit]], types, tags


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


def build_facets(
    types: dict[str, int], tags: dict[str, int], filters: dict[str, str], scope: Scope
) -> dict[str, list[FacetValue]]:
    """Facet values with labels from counts per type and per token (g12, w34, c5)."""
    facets: dict[str, list[FacetValue]] = {name: [] for name in FACETS}
    type_labels = {name: str(model._meta.verbose_name) for name, model in TYPE_MODELS.items()}
    for name in sorted(types):
        facets["type"].append(
            FacetValue(name, type_labels.get(name, name), types[name], filters.get("type") == name)
        )
    counts: dict[str, dict[int, int]] = {"g": {}, "w": {}, "c": {}}
    for token, n in tags.items():
        if token[:1] in counts and token[1:].isdigit():
            counts[token[0]][int(token[1:])] = n
    gemeenten = set(scope.gemeente_ids)
    labels = {
        "g": {pk: t for pk, t in scope.area_titles.items() if pk in gemeenten},
        "w": {pk: t for pk, t in scope.area_titles.items() if pk not in gemeenten},
        "c": scope.category_names,
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

    if not search_service.breaker.allow():
        raise search_service.SearchServiceSkipped
    pages = public_pages(in_site_region(Page.objects.all(), site))
    try:
        ids = [p.pk for p in pages.search(query)[:CANDIDATES]]
    except Exception as error:  # a transport error or timeout: open the circuit
        search_service.breaker.failure(error)
        raise
    search_service.breaker.success()
    return ids


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
    scope = scope_for(site, on)
    clean, messages = clean_filters(filters, scope)
    outcome = SearchOutcome(query=query, filters=clean, messages=messages, page_size=page_size)
    terms = query_terms(query)
    if not query:
        return outcome
    if not terms:
        outcome.messages.append(
            _("Zoek op een woord van minstens twee letters dat meer zegt dan 'de' of 'en'.")
        )
        return outcome
    groups = [list(keys) for _folded, keys in terms]
    external: list[int] | None = None
    try:
        external = _external_ids(site, query) if site is not None else None
    except Exception as error:  # the search service failed (or did a moment ago): use the database
        if not isinstance(error, search_service.SearchServiceSkipped):
            logger.warning("Search service unreachable; answering from the database", exc_info=True)
        outcome.degraded = True
        outcome.messages.append(
            _("De zoekdienst is niet bereikbaar; de resultaten zijn mogelijk onvolledig.")
        )
    number = _as_int(page) or 1

    def run(groups, prefixes, offset):
        if external is not None:
            qs = apply_filters(visible_entries(site, on, scope), clean).filter(pk__in=external)
            return _generic_search(qs, groups, clean, offset, page_size, order=external)
        if is_postgres():
            return _pg_search(scope, clean, _tsquery(groups, prefixes), offset, page_size)
        qs = _match(apply_filters(visible_entries(site, on, scope), clean), groups, prefixes)
        return _generic_search(qs, groups, clean, offset, page_size)

    offset = (number - 1) * page_size
    used_prefixes: list[str] | None = None
    ids, types, tags = run(groups, None, offset)
    total = sum(types.values())
    if total < FEW_RESULTS and external is None:
        wide_groups, prefixes, alternatives = _expanded_groups(terms)
        wide = run(wide_groups, prefixes, offset)
        if sum(wide[1].values()) > total:
            groups, used_prefixes, (ids, types, tags) = wide_groups, prefixes, wide
            outcome.alternatives = alternatives
            total = sum(types.values())
    outcome.total = total
    outcome.num_pages = max(1, -(-total // page_size))
    outcome.page = min(number, outcome.num_pages)
    if outcome.page != number:  # out of range: show the last page
        ids = run(groups, used_prefixes, (outcome.page - 1) * page_size)[0]
    outcome.hits = _hits(ids, groups)
    outcome.facets = build_facets(types, tags, clean, scope)
    return outcome


def _hits(ids: list[int], groups: list[list[str]]) -> list[Hit]:
    keys = {k for g in groups for k in g}
    rows = SearchEntry.objects.only("page_id", "title", "page_type", "text").in_bulk(ids)
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
    scope = scope_for(site, on)
    clean, _messages = clean_filters(filters, scope)
    terms = query_terms(query)
    if not terms:
        return []

    def run(groups, prefixes):
        if is_postgres():
            return _pg_ids(scope, clean, _tsquery(groups, prefixes))
        qs = apply_filters(visible_entries(site, on, scope), clean)
        return list(_match(qs, groups, prefixes).values_list("pk", flat=True))

    ids = run([list(keys) for _folded, keys in terms], None)
    if len(ids) < FEW_RESULTS:
        groups, prefixes, _alts = _expanded_groups(terms)
        wider = run(groups, prefixes)
        if len(wider) > len(ids):
            ids = wider
    return ids


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
