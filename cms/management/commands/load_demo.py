"""manage.py load_demo: the two demo regions (idempotent), reported in a few lines.

Wagtail's and the task runner's log line per page is silenced unless ``-v 2`` or more.
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from django.core.management.base import BaseCommand

from wagtail.models import Site

from cms.demo import load_demo

# Loggers that say something at INFO for every page created or published, and every task run.
NOISY_LOGGERS = ("wagtail", "django_tasks")


@contextmanager
def quiet(logger_names: tuple[str, ...] = NOISY_LOGGERS) -> Iterator[None]:
    """Only warnings and errors from these loggers while inside; their levels restored after."""
    loggers = [logging.getLogger(name) for name in logger_names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


class Command(BaseCommand):
    """Load the demo regions Westelijke Mijnstreek and Midden-Limburg West."""

    help = "Load the demo regions; running it again creates nothing new."

    def add_arguments(self, parser):
        """--port: the port the demo is served on, so every link (mails too) works as served."""
        parser.add_argument(
            "--port", type=int, default=None, help="Port the demo sites are served on (80)"
        )

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 0
        if verbose:
            self.stdout.write("Loading the demo regions ...")

        def progress(label: str, created: int) -> None:
            if verbose:
                self.stdout.write(f"  {label}: {created} created")

        with quiet() if options["verbosity"] < 2 else nullcontext():
            created = load_demo(progress=progress)
        if verbose:
            self.stdout.write(f"Demo content: {created} objects created.")
        if options["port"]:
            self.serve_on(options["port"])

    def serve_on(self, port: int) -> None:
        """Configure the demo regions' sites on ``port`` (links in pages, feeds and mails)."""
        for site in Site.objects.filter(root_page__depth=2):
            if site.port != port:
                site.port = port
                site.save()  # through the model, so Wagtail's cached site roots are renewed
        self.stdout.write(f"Demo sites configured on port {port}.")
