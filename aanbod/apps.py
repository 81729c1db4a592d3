from django.apps import AppConfig


class AanbodConfig(AppConfig):
    """What is on offer: organisations, services, activities, and residents' vraag en aanbod."""

    name = "aanbod"
    verbose_name = "Aanbod"

    def ready(self):
        """Stamp freshness on publish and keep review settings applied."""
        from . import signals

        signals.connect()
