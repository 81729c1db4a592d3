"""The Django app configuration of ``wijken``."""

from django.apps import AppConfig


class WijkenConfig(AppConfig):
    """Gemeenten, wijken, ontwikkelingen and the rollout rule every other app uses."""

    name = "wijken"
    verbose_name = "Gemeenten en wijken"

    def ready(self):
        """Keep the stored visibility true when pages, restrictions or ties change."""
        from wijken import visibility_signals

        visibility_signals.connect()
