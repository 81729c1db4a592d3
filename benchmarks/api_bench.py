"""API benchmark: median and p95 latency of the main list endpoints at 50 items per page.

Generates a region with ``bulk_content.generate_region`` (PostgreSQL) unless ``--reuse`` picks
the last generated one, then requests each endpoint through Django's test client on the
region's host name (the full stack: middleware, ETag, serialisation) and prints figures.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_bench \\
        .venv/bin/python benchmarks/api_bench.py --pages 100000

``--pages`` defaults to ``BENCH_PAGES`` (2,000); ``--runs`` (default 20) timed requests per
endpoint after one warm-up. Refuses to run on SQLite (prints a note instead).
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

TARGET_P95_MS = 50


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def endpoints(gemeente_id: int, wijk_id: int, category_id: int) -> list[str]:
    """The main list endpoints, 50 items each, with and without filters."""
    return [
        "/api/v1/gemeenten?limit=50",
        "/api/v1/wijken?limit=50",
        "/api/v1/organisations?limit=50",
        "/api/v1/organisations?limit=50&offset=2000",
        f"/api/v1/organisations?limit=50&wijk={wijk_id}",
        "/api/v1/services?limit=50",
        f"/api/v1/services?limit=50&category={category_id}",
        f"/api/v1/services?limit=50&gemeente={gemeente_id}",
        "/api/v1/activities?limit=50&start=2026-12-01&end=2026-12-31",
        f"/api/v1/activities?limit=50&start=2026-12-01&end=2026-12-31&wijk={wijk_id}",
        "/api/v1/ontwikkelingen?limit=50",
        f"/api/v1/ontwikkelingen?limit=50&gemeente={gemeente_id}",
        "/api/v1/requests?limit=50",
        "/api/v1/offers?limit=50",
        "/api/hsds/services?per_page=50",
        "/api/hsds/organizations?per_page=50",
        "/api/hsds/service_at_locations?per_page=50",
        "/api/v2/pages/?type=aanbod.ActivityPage&fields=wijken,categories&limit=50",
        f"/feeds/wijk/{wijk_id}.ics",
    ]


def main(argv: list[str] | None = None) -> int:
    """Generate (or reuse) a region, time the endpoints, print median and p95."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=int(os.environ.get("BENCH_PAGES", "2000")))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--reuse", action="store_true", help="reuse the last generated region")
    args = parser.parse_args(argv)
    setup_django()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from wagtail.models import Site

    from wijken.rollout import visible_gemeenten, visible_wijken

    if connection.vendor != "postgresql":
        print("api_bench: needs PostgreSQL (set DATABASE_URL); nothing measured")
        return 0
    if args.reuse:
        site = Site.objects.filter(hostname__startswith="bench-").order_by("-pk").first()
        if site is None:
            print("api_bench: no generated region to reuse; run without --reuse")
            return 1
    else:
        region = generate_region(args.pages)
        print(f"generated {region.pages} pages in {region.seconds:.1f} s")
        site = Site.objects.get(pk=region.site_id)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as autovacuum would after a bulk load; stale stats mislead
    from django.core.cache import cache

    cache.clear()
    settings.ALLOWED_HOSTS = ["*"]
    root = site.root_page
    gemeente = visible_gemeenten().descendant_of(root).order_by("pk").first()
    wijk = visible_wijken().descendant_of(root).order_by("pk").first()
    from aanbod.models import Category

    category = Category.objects.filter(slug__startswith="bench-").order_by("pk").first()
    pages = root.get_descendants(inclusive=True).count()
    client = Client(HTTP_HOST=site.hostname)
    print(f"region {site.hostname}: {pages} pages; {args.runs} runs per endpoint after 1 warm-up")
    print("cold: every request does the work (answer cache off); warm: answer cache on")
    columns = ["cold median", "cold p95", "warm median", "warm p95"]
    print(f"{'endpoint':<78} {'items':>5} " + " ".join(f"{c:>11}" for c in columns))
    cache_seconds = settings.API_RESPONSE_CACHE_SECONDS or 300
    worst = {"cold": 0.0, "warm": 0.0}
    for url in endpoints(gemeente.pk, wijk.pk, category.pk):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.content[:200])
        body = response.content
        items = body.count(b"BEGIN:VEVENT") if url.endswith(".ics") else _items(body)
        figures = []
        for mode, seconds in (("cold", 0), ("warm", cache_seconds)):
            settings.API_RESPONSE_CACHE_SECONDS = seconds
            client.get(url)  # warm-up (fills the answer cache in warm mode)
            times = [_timed(client, url) for _ in range(args.runs)]
            p95 = percentile(times, 95)
            if "/feeds/" not in url:
                worst[mode] = max(worst[mode], p95)
            figures += [statistics.median(times), p95]
        cells = " ".join(f"{value:>11.1f}" for value in figures)
        print(f"{url:<78} {items:>5} {cells}")
    for mode, value in worst.items():
        verdict = "met" if value <= TARGET_P95_MS else "NOT met"
        target = f"target <= {TARGET_P95_MS} ms: {verdict}"
        print(f"worst {mode} p95 of the JSON lists: {value:.1f} ms ({target})")
    return 0


def _timed(client, url: str) -> float:
    """Milliseconds one GET takes through the whole stack."""
    started = time.perf_counter()
    client.get(url)
    return (time.perf_counter() - started) * 1000


def _items(body: bytes) -> int:
    import json

    data = json.loads(body)
    for key in ("results", "contents", "items"):  # portal API, HSDS, Wagtail API v2
        if key in data:
            return len(data[key])
    return 0


if __name__ == "__main__":
    sys.exit(main())
