"""The Django app configuration of ``outbox``."""

from django.apps import AppConfig


class OutboxConfig(AppConfig):
    """Basement: mail waiting to be sent, and the one way to send it."""

    name = "outbox"
    verbose_name = "Outbox"
