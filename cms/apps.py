"""The Django app configuration of ``cms``."""

from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project package: settings, URLs, API routers and the demo loader."""

    name = "cms"
    verbose_name = "Wijkportaal"

    def ready(self):
        """Any content write empties the API answer cache (cms.api.http)."""
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from . import checks  # noqa: F401  (registers the client-library check)
        from .api.http import bump_generation

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(bump_generation, dispatch_uid=f"api-cache-{signal}")
