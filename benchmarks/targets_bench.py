"""Issue 17's targets at 100,000 pages: every portal page type and every API list, measured.

One database (PostgreSQL, ``DATABASE_URL``) holds the demo regions, a generated region of
100,000 pages (``bulk_content.generate_region``) and, in the demo wijk Stein-Centrum, 200 weekly
activities and 50 services (``portal_bench.build_content``). ``prepare`` builds what is missing
(reuses what exists); ``pages`` and ``api`` start gunicorn with production settings (PostgreSQL,
Redis; ``serve.gunicorn``) and time each URL with one client at a time, as a resident's request
sees it, then count the SQL queries of the same URL in-process (Django's test client).

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_perf
    .venv/bin/python benchmarks/targets_bench.py prepare
    .venv/bin/python benchmarks/targets_bench.py pages --runs 20   # portal pages, uncached
    .venv/bin/python benchmarks/targets_bench.py api --runs 20     # API lists, answer cache off

Both serve with the answer cache and the page cache off (``API_RESPONSE_CACHE_SECONDS=0``,
``PAGE_CACHE_SECONDS=0``): every request does all the work. ``--only REGEX`` picks rows.

Targets (issue 17): pages median <= 60 ms, p95 <= 120 ms, <= 25 queries (a plain StandardPage is
the yardstick: the ratio column is median / the yardstick's median); API lists p95 <= 100 ms at
50 items; a wijk's iCal feed <= 150 ms.
"""

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import serve  # noqa: E402

DEMO_HOST = "westelijke-mijnstreek.localhost"
PAGE_TARGET = {"median": 60.0, "p95": 120.0, "queries": 25}
API_TARGET_P95 = 100.0
ICAL_TARGET = 150.0


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


UNCACHED = {"API_RESPONSE_CACHE_SECONDS": "0", "PAGE_CACHE_SECONDS": "0"}


def setup(**extra: str) -> None:
    """Django in this process with the same settings and environment as the served gunicorn."""
    os.environ.update(serve.production_env(**extra))
    import django

    django.setup()


def bench_site():
    """The generated region of about 100,000 pages (the newest one), or None."""
    from wagtail.models import Site

    for site in Site.objects.filter(hostname__startswith="bench-").order_by("-pk"):
        if site.root_page.get_descendants().count() >= 90_000:
            return site
    return None


def prepare() -> None:
    """Build what is missing: demo regions, the 100,000-page region, the busy demo wijk."""
    from django.core.management import call_command
    from django.db import connection

    from aanbod.models import ActivityPage, Category, OrganisationPage
    from benchmarks.bulk_content import generate_region
    from benchmarks.portal_bench import build_content
    from wijken.models import WijkPage

    call_command("migrate", "--noinput", verbosity=0)
    if not WijkPage.objects.filter(slug="stein-centrum").exists():
        call_command("load_demo", verbosity=0)
    if bench_site() is None:
        region = generate_region(100_000)
        print(f"prepare: generated {region.pages} pages in {region.seconds:.0f} s")
    if not ActivityPage.objects.filter(slug="bench-activiteit-0").exists():
        wijk = WijkPage.objects.get(slug="stein-centrum")
        organisation = OrganisationPage.objects.get(slug="levantogroep")
        category = Category.objects.filter(locale__language_code="nl").first()
        build_content(wijk, organisation, category, 200, 50)
        print("prepare: 200 activities and 50 services added to Stein-Centrum")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print("prepare: ready")


def _first(model, **filters):
    return model.objects.live().filter(**filters).order_by("pk").first()


def page_urls() -> list[tuple[str, str, str]]:
    """(label, host, path) of every portal page type; the yardstick first."""
    from wagtail.models import Site

    from aanbod.models import (
        ActivityPage,
        MarketplacePage,
        OfferPage,
        OrganisationIndexPage,
        OrganisationPage,
        RequestPage,
        ServicePage,
    )
    from home.models import StandardPage
    from wijken.models import OntwikkelingIndexPage, OntwikkelingPage, WijkPage

    site = Site.objects.get(hostname=DEMO_HOST)
    home = site.root_page.specific
    wijk = WijkPage.objects.get(slug="stein-centrum")
    gemeente = wijk.get_parent().specific
    inside = {"path__startswith": home.path}
    in_gemeente = {"path__startswith": gemeente.path}

    def url(page) -> str:
        return page.relative_url(site)

    rows = [
        ("StandardPage (yardstick)", _first(StandardPage, **inside)),
        ("home (region)", home),
        ("gemeente", gemeente),
        ("wijk (200 act., 50 serv.)", wijk),
        ("activity", ActivityPage.objects.get(slug="bench-activiteit-0")),
        ("service", ServicePage.objects.get(slug="bench-dienst-0")),
        ("organisation", OrganisationPage.objects.get(slug="levantogroep")),
        ("organisation index", _first(OrganisationIndexPage, **inside)),
        ("ontwikkelingen index", _first(OntwikkelingIndexPage, **in_gemeente)),
        ("ontwikkeling", _first(OntwikkelingPage, **in_gemeente)),
        ("marketplace", _first(MarketplacePage, **inside)),
        ("request", _first(RequestPage, **inside)),
        ("offer", _first(OfferPage, **inside)),
    ]
    out = [(label, DEMO_HOST, url(page)) for label, page in rows if page is not None]
    out += [
        ("agenda (wijk)", DEMO_HOST, url(wijk) + "agenda/"),
        ("agenda (gemeente)", DEMO_HOST, url(gemeente) + "agenda/"),
        ("search 'koffie'", DEMO_HOST, "/zoeken/?q=koffie"),
        ("postcode lookup", DEMO_HOST, f"/vind-je-wijk/?postcode={_postcode(wijk)}"),
    ]
    big = bench_site()
    if big is not None:
        from wijken.models import GemeentePage

        bhome = big.root_page
        bgemeente = GemeentePage.objects.child_of(bhome).order_by("path").first()
        bwijk = WijkPage.objects.child_of(bgemeente).filter(rollout_phase="live").first()
        out += [
            ("100k region: home", big.hostname, "/"),
            ("100k region: gemeente", big.hostname, bgemeente.relative_url(big)),
            ("100k region: wijk (~800 act.)", big.hostname, bwijk.relative_url(big)),
            ("100k region: search 'koffie'", big.hostname, "/zoeken/?q=koffie"),
        ]
    return out


def _postcode(wijk) -> str:
    first = (wijk.postcodes or "6171").replace(",", " ").split()[0]
    return first.split("-")[0][:4]


def api_urls() -> list[tuple[str, str, str]]:
    """(label, host, path) of every list endpoint of /api/v1/, /api/hsds/, /api/v2/, and feeds."""
    from wijken.models import GemeentePage, WijkPage
    from wijken.rollout import visible_wijken

    big = bench_site()
    host = big.hostname
    root = big.root_page
    gemeente = GemeentePage.objects.child_of(root).order_by("path").first()
    wijk = visible_wijken().descendant_of(root).order_by("pk").first()
    demo_wijk = WijkPage.objects.get(slug="stein-centrum")
    from aanbod.models import Category

    category = Category.objects.filter(slug__startswith="bench-").order_by("pk").first()
    v1 = [
        "gemeenten?limit=50",
        "wijken?limit=50",
        "organisations?limit=50",
        "organisations?limit=50&offset=2000",
        f"organisations?limit=50&wijk={wijk.pk}",
        "services?limit=50",
        f"services?limit=50&category={category.pk}",
        f"services?limit=50&gemeente={gemeente.pk}",
        "activities?limit=50&start=2026-12-01&end=2026-12-31",
        f"activities?limit=50&start=2026-12-01&end=2026-12-31&wijk={wijk.pk}",
        "ontwikkelingen?limit=50",
        f"ontwikkelingen?limit=50&gemeente={gemeente.pk}",
        "requests?limit=50",
        "offers?limit=50",
        "categories?limit=50",
        "search?q=koffie&page_size=50",
    ]
    hsds = [
        "services?per_page=50",
        "organizations?per_page=50",
        "service_at_locations?per_page=50",
        "taxonomies?per_page=50",
        "taxonomy_terms?per_page=50",
    ]
    v2 = [
        "pages/?limit=50",
        "pages/?type=aanbod.ActivityPage&fields=wijken,categories&limit=50",
        "pages/?type=aanbod.ServicePage&fields=wijken,categories&limit=50",
        "pages/?type=aanbod.OrganisationPage&limit=50",
        "pages/?type=wijken.OntwikkelingPage&limit=50",
        "images/?limit=50",
        "documents/?limit=50",
    ]
    rows = [(f"/api/v1/{u}", host, f"/api/v1/{u}") for u in v1]
    rows += [(f"/api/hsds/{u}", host, f"/api/hsds/{u}") for u in hsds]
    rows += [(f"/api/v2/{u}", host, f"/api/v2/{u}") for u in v2]
    rows += [
        ("iCal feed, 100k wijk", host, f"/feeds/wijk/{wijk.pk}.ics"),
        ("iCal feed, Stein-Centrum (200 act.)", DEMO_HOST, f"/feeds/wijk/{demo_wijk.pk}.ics"),
        ("widget JSON, Stein-Centrum", DEMO_HOST, f"/widget/wijk/{demo_wijk.pk}.json"),
    ]
    return rows


def served_times(base: str, host: str, path: str, runs: int) -> tuple[list[float], int, int]:
    """Milliseconds of ``runs`` GETs through the server (after one warm-up), status, bytes."""
    import requests

    session = requests.Session()
    headers = {"Host": host}
    first = session.get(base + path, headers=headers, allow_redirects=False, timeout=600)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = session.get(base + path, headers=headers, allow_redirects=False, timeout=600)
        response.content  # noqa: B018
        times.append((time.perf_counter() - started) * 1000)
    return times, first.status_code, len(first.content)


def query_count(client, host: str, path: str) -> tuple[int, float]:
    """SQL queries of one in-process request, and the Python CPU milliseconds it took.

    CPU time of this process (not the database's) varies less with the machine's load than
    wall time does: the column to compare before and after on a shared machine.
    """
    from django.db import connection

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    client.get(path, HTTP_HOST=host)  # warm-up of the in-process caches
    started = time.thread_time()
    with connection.execute_wrapper(count):
        client.get(path, HTTP_HOST=host)
    return len(queries), (time.thread_time() - started) * 1000


def load_line() -> str:
    """The machine's load average (the machine is shared: noisy figures say so)."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def run_pages(args) -> int:
    """Time every portal page type through gunicorn; print figures and the yardstick ratio."""
    from django.test import Client

    rows = [row for row in page_urls() if re.search(args.only, row[0])]
    client = Client()
    print(f"pages: {len(rows)} URLs, {args.runs} runs each through gunicorn; {load_line()}")
    header = f"{'page':<32}{'median':>8}{'p95':>8}{'queries':>8}{'ratio':>7}{'cpu ms':>9}  status"
    with serve.gunicorn(args.port, workers=args.workers, **UNCACHED) as base:
        for _label, host, path in rows[:1] * 3 * args.workers:  # warm every worker
            served_times(base, host, path, 1)
        print(header)
        yard = None
        failed = 0
        for label, host, path in rows:
            runs = args.big_runs if label.startswith("100k") else args.runs
            times, status, _size = served_times(base, host, path, runs)
            queries, inproc = query_count(client, host, path)
            median, p95 = statistics.median(times), percentile(times, 95)
            yard = yard or median
            ok = (
                median <= PAGE_TARGET["median"]
                and p95 <= PAGE_TARGET["p95"]
                and queries <= PAGE_TARGET["queries"]
            )
            failed += not ok
            print(
                f"{label:<32}{median:>8.1f}{p95:>8.1f}{queries:>8}{median / yard:>7.1f}"
                f"{inproc:>9.1f}  {status} {'ok' if ok else 'OVER TARGET'}",
                flush=True,
            )
    print(f"{failed} of {len(rows)} pages over the target; {load_line()}")
    return 0


def run_api(args) -> int:
    """Time every API list endpoint cold (answer cache off) through gunicorn."""
    from django.test import Client

    rows = [row for row in api_urls() if re.search(args.only, row[0])]
    client = Client()
    print(f"api: {len(rows)} URLs cold, {args.runs} runs each through gunicorn; {load_line()}")
    print(f"{'endpoint':<72}{'items':>6}{'median':>8}{'p95':>8}{'queries':>8}  verdict")
    with serve.gunicorn(args.port, workers=args.workers, **UNCACHED) as base:
        for _label, host, path in rows[:1] * 3 * args.workers:  # warm every worker
            served_times(base, host, path, 1)
        for label, host, path in rows:
            times, status, _size = served_times(base, host, path, args.runs)
            queries, _inproc = query_count(client, host, path)
            median, p95 = statistics.median(times), percentile(times, 95)
            items = _items(client, host, path)
            limit = ICAL_TARGET if ".ics" in path else API_TARGET_P95
            verdict = "ok" if p95 <= limit and status == 200 else f"OVER ({status})"
            print(
                f"{label:<72}{items:>6}{median:>8.1f}{p95:>8.1f}{queries:>8}  {verdict}",
                flush=True,
            )
    print(load_line())
    return 0


def _items(client, host: str, path: str) -> int:
    import json

    body = client.get(path, HTTP_HOST=host).content
    if ".ics" in path:
        return body.count(b"BEGIN:VEVENT")
    data = json.loads(body)
    for key in ("results", "contents", "items"):
        if key in data:
            return len(data[key])
    return 0


def main(argv: list[str] | None = None) -> int:
    """prepare | pages | api."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["prepare", "pages", "api"])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--big-runs", type=int, default=3, help="runs of the 100k-region pages")
    parser.add_argument("--only", default="", help="a regular expression: rows to measure")
    parser.add_argument("--port", type=int, default=8917)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    setup(**({} if args.what == "prepare" else UNCACHED))
    from django.conf import settings
    from django.db import connection

    if connection.vendor != "postgresql":
        print("targets_bench: needs PostgreSQL (set DATABASE_URL); nothing measured")
        return 0
    settings.ALLOWED_HOSTS = ["*"]
    if args.what == "prepare":
        prepare()
        return 0
    return run_pages(args) if args.what == "pages" else run_api(args)


if __name__ == "__main__":
    sys.exit(main())
