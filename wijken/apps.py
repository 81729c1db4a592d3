"""The Django app configuration of ``wijken``."""

from django.apps import AppConfig


class WijkenConfig(AppConfig):
    """Gemeenten, wijken, ontwikkelingen and the rollout rule every other app uses."""

    name = "wijken"
    verbose_name = "Gemeenten en wijken"
