"""The Django app configuration of ``aanbod``."""

from django.apps import AppConfig


class AanbodConfig(AppConfig):
    """What is on offer: organisations, services, activities, and residents' vraag en aanbod."""

    name = "aanbod"
    verbose_name = "Aanbod"

    def ready(self):
        """Stamp freshness on publish, keep review settings applied, mail moderation outcomes."""
        from aanbod import pagecache, signals

        signals.connect()
        pagecache.connect()
