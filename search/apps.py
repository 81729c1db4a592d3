"""The Django app configuration of ``search``."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search over every app, through the public querysets."""

    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        """Keep the search table in step with page saves and moves."""
        from . import signals

        signals.connect()
