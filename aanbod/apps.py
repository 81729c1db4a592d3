"""The Django app configuration of ``aanbod``."""

from django.apps import AppConfig


class AanbodConfig(AppConfig):
    """What is on offer: organisations, services, activities, and residents' vraag en aanbod."""

    name = "aanbod"
    verbose_name = "Aanbod"

    def ready(self):
        """Stamp freshness on publish, keep review settings applied, mail moderation outcomes,
        purge the page cache; hand the full visibility rule to the stored-visibility recompute."""
        from aanbod import pagecache, signals
        from aanbod.visibility import public_pages
        from wijken.visibility_store import register_rule

        signals.connect()
        pagecache.connect()
        register_rule(public_pages)
