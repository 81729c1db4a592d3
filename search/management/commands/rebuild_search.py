"""Rebuild the portal search table from the live pages."""

import time

from django.core.management.base import BaseCommand

from search.indexer import rebuild


class Command(BaseCommand):
    """``manage.py rebuild_search``: recreate search rows, tags and typo vocabulary."""

    help = "Rebuild the portal search table (search.models) from the live pages."

    def handle(self, *args, **options):
        started = time.perf_counter()
        total = rebuild()
        seconds = time.perf_counter() - started
        rate = total / seconds if seconds else 0.0
        self.stdout.write(f"Indexed {total} pages in {seconds:.1f} s ({rate:.0f} pages/s)")
