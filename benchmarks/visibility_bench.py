"""Stored visibility at scale: recompute times, and listing queries stored vs from scratch.

    DATABASE_URL=postgres://... python benchmarks/visibility_bench.py --pages 100000

Generates a region with ``bulk_content`` (PostgreSQL), then prints the median of 3 runs of:
a full recompute, a region recompute, one page's recompute, and listing queries (count plus
the first 20 rows) reading the stored rows and evaluating the rule from scratch.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bulk_content import generate_region, setup_django  # noqa: E402


def _ms(fn, runs: int = 3) -> float:
    fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Generate a region and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    args = parser.parse_args(argv)
    setup_django()
    from django.db import connection

    from wagtail.models import Page

    from aanbod import visibility
    from aanbod.models import ActivityPage
    from wijken import visibility_store as store

    if connection.vendor != "postgresql":
        print("visibility_bench: needs PostgreSQL (set DATABASE_URL)")
        return 0
    region = generate_region(args.pages)
    home = Page.objects.get(pk=region.home_id)
    leaf = ActivityPage.objects.descendant_of(home).first()
    print(f"region: {region.pages} pages (all pages in the database: {Page.objects.count()})")
    print(f"full recompute: {_ms(store.recompute):.0f} ms")
    print(f"region recompute: {_ms(lambda: store.recompute(home.path)):.0f} ms")
    print(f"one activity's recompute: {_ms(lambda: store.recompute_for(leaf)):.0f} ms")
    listings = {
        "visible_activities": lambda: visibility.visible_activities().descendant_of(home),
        "upcoming_activities": lambda: visibility.upcoming_activities().descendant_of(home),
        "visible_requests": lambda: visibility.visible_requests().descendant_of(home),
        "public_pages(region)": lambda: visibility.public_pages(Page.objects.descendant_of(home)),
    }
    for name, listing in listings.items():

        def stored(listing=listing):
            qs = listing()
            qs.count()
            list(qs.order_by("path")[:20])

        def scratch(listing=listing):
            with store.from_scratch():
                stored(listing)

        print(f"{name}: stored {_ms(stored):.0f} ms, from scratch {_ms(scratch):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
