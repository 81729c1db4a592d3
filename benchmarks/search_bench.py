"""Search benchmark: 50 fixed queries, the portal search vs Wagtail's stock database backend.

Generates a region with ``bulk_content.generate_region`` (PostgreSQL), indexes it with Wagtail's
``update_index`` and with ``rebuild_search`` (both timed, pages per second), then runs the same
50 queries (rare words, common words such as "de" and "activiteit", multi-word, typos, with
facets) through ``search.query.search_portal`` and through the stock backend
(``Page.objects.live().public().descendant_of(home).search(q)``: first 20 results plus the count)
and prints median and p95 latency for both.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_bench \\
        .venv/bin/python benchmarks/search_bench.py --pages 100000

``--pages`` defaults to ``BENCH_PAGES`` (2,000). ``--reuse`` searches the last generated region
again without generating or indexing. Refuses to run on SQLite (prints a note instead).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bulk_content import generate_region, setup_django  # noqa: E402

RARE = [
    "accordeon",
    "beiaard",
    "carillon",
    "edelsmid",
    "glasblazen",
    "ijsvogel",
    "kantklossen",
    "nachtegaal",
    "torenvalk",
    "zilversmid",
]
COMMON = [
    "de",
    "activiteit",
    "buurt",
    "wijk",
    "bewoners",
    "samen",
    "hulp",
    "gratis",
    "koffie",
    "iedereen",
]
FORMS = [
    "fiets",
    "huizen",
    "kinderen",
    "boodschap",
    "vrijwilliger",
    "repareer",
    "café",
    "wandelen",
    "taal",
    "computers",
]
MULTI = [
    "huizen aanpassen",
    "koffie ochtend",
    "repair cafe",
    "hulp bij boodschappen",
    "samen koken",
    "gratis computerhulp",
    "de buurt",
    "activiteit voor kinderen",
    "wandelen in de wijk",
    "informatie over schulden",
]
TYPOS = ["fietsn", "vrijwiliger", "boodschapen", "bibliotheeek"]


def queries(region) -> list[tuple[str, dict]]:
    """The 50 fixed queries (the facet ones use ids from the generated region)."""
    g0 = str(region.gemeente_ids[0])
    w0 = str(region.wijk_ids[1])
    c0 = str(region.category_ids[0])
    with_facets = [
        ("activiteit", {"type": "activiteit"}),
        ("koffie", {"gemeente": g0}),
        ("hulp", {"wijk": w0}),
        ("gratis", {"categorie": c0}),
        ("de buurt", {"type": "dienst"}),
        ("kinderen", {"gemeente": g0, "type": "activiteit"}),
    ]
    plain = [(q, {}) for q in RARE + COMMON + FORMS + MULTI + TYPOS]
    return plain + with_facets


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def timed(fn, runs: int) -> list[float]:
    """Run fn once to warm up, then ``runs`` times; milliseconds per run."""
    fn()
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    """Generate, index, search; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=int(os.environ.get("BENCH_PAGES", "2000")))
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query (ours)")
    parser.add_argument("--stock-runs", type=int, default=3, help="timed runs per query (stock)")
    parser.add_argument("--reuse", action="store_true", help="reuse the last generated region")
    parser.add_argument("--skip-update-index", action="store_true")
    parser.add_argument("--no-queries", action="store_true", help="generate and index only")
    args = parser.parse_args(argv)
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    from wagtail.models import Page, Site

    from aanbod.models import Category
    from benchmarks.bulk_content import Region
    from search.indexer import TYPE_MODELS, rebuild
    from search.query import search_portal
    from wijken.models import GemeentePage, WijkPage

    if connection.vendor != "postgresql":
        print("search_bench: needs PostgreSQL (set DATABASE_URL); nothing measured")
        return 0
    if args.reuse:
        site = Site.objects.filter(hostname__startswith="bench-").order_by("-pk").first()
        home = site.root_page
        region = Region(
            site_id=site.pk,
            home_id=home.pk,
            gemeente_ids=list(
                GemeentePage.objects.descendant_of(home).values_list("pk", flat=True)
            ),
            wijk_ids=list(WijkPage.objects.descendant_of(home).values_list("pk", flat=True)),
            category_ids=list(
                Category.objects.filter(slug__startswith="bench-").values_list("pk", flat=True)
            ),
            pages=home.get_descendants(inclusive=True).count(),
        )
        print(f"reusing region: {region.pages} pages (site {site.pk})")
    else:
        region = generate_region(args.pages)
        print(
            f"generated {region.pages} pages in {region.seconds:.1f} s "
            f"({region.pages / region.seconds:.0f} pages/s)"
        )
        total_pages = Page.objects.count()
        if not args.skip_update_index:
            start = time.perf_counter()
            call_command("update_index", verbosity=0)
            seconds = time.perf_counter() - start
            print(
                f"stock update_index: {total_pages} pages (all models) in {seconds:.1f} s "
                f"({total_pages / seconds:.0f} pages/s)"
            )
        start = time.perf_counter()
        rows = rebuild()
        seconds = time.perf_counter() - start
        print(f"rebuild_search: {rows} rows in {seconds:.1f} s ({rows / seconds:.0f} pages/s)")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    if args.no_queries:
        return 0
    site = Site.objects.get(pk=region.site_id)
    home = site.root_page
    stock_base = Page.objects.live().public().descendant_of(home)
    models = TYPE_MODELS

    def ours(q, filters):
        return lambda: search_portal(site, q, filters)

    def stock(q, filters):
        def run():
            qs = stock_base
            if "type" in filters:
                qs = qs.type(models[filters["type"]])
            if "gemeente" in filters:
                gemeente = Page.objects.get(pk=filters["gemeente"])
                qs = qs.descendant_of(gemeente) if filters.get("type") == "ontwikkeling" else qs
            results = qs.search(q)
            list(results[:20])
            results.count()

        return run

    fixed = queries(region)
    assert len(fixed) == 50, len(fixed)
    our_times: list[float] = []
    stock_times: list[float] = []
    slowest: list[tuple[float, str]] = []
    per_group: dict[str, list[float]] = {}
    groups = (
        [("rare", q) for q in RARE]
        + [("common", q) for q in COMMON]
        + [("forms", q) for q in FORMS]
        + [("multi", q) for q in MULTI]
        + [("typo", q) for q in TYPOS]
    )
    group_of = {q: g for g, q in groups}
    print(f"{'query':<34} {'filters':<26} {'hits':>7} {'ours p50':>9} {'stock p50':>10}")
    for q, filters in fixed:
        mine = timed(ours(q, filters), args.runs)
        theirs = timed(stock(q, filters), args.stock_runs)
        our_times += mine
        stock_times += theirs
        group = "facets" if filters else group_of.get(q, "other")
        per_group.setdefault(group, []).extend(mine)
        hits = search_portal(site, q, filters).total
        slowest.append((max(mine), q))
        print(
            f"{q:<34} {filters!s:<26} {hits:>7} {statistics.median(mine):>8.1f}ms "
            f"{statistics.median(theirs):>9.1f}ms"
        )
    print()
    print(f"pages in region: {region.pages}")
    print(
        f"ours : median {statistics.median(our_times):.1f} ms, "
        f"p95 {percentile(our_times, 95):.1f} ms, max {max(our_times):.1f} ms "
        f"({len(our_times)} timings)"
    )
    print(
        f"stock: median {statistics.median(stock_times):.1f} ms, "
        f"p95 {percentile(stock_times, 95):.1f} ms, max {max(stock_times):.1f} ms "
        f"({len(stock_times)} timings)"
    )
    for group, values in per_group.items():
        print(
            f"  ours/{group:<7} median {statistics.median(values):.1f} ms, "
            f"p95 {percentile(values, 95):.1f} ms"
        )
    print("slowest (ours):", ", ".join(f"{q} {t:.0f} ms" for t, q in sorted(slowest)[-5:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
