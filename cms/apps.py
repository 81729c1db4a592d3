"""The Django app configuration of ``cms``."""

from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project package: settings, URLs, API routers and the demo loader."""

    name = "cms"
    verbose_name = "Wijkportaal"

    def ready(self):
        """API answer cache emptied on writes; Pillow's pixel cap; workflow confirmations."""
        from django.conf import settings
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from PIL import Image

        # Pillow warns above this and refuses twice this (DecompressionBombError), also
        # for images that reached the storage another way than the admin's upload form.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

        from . import (
            checks,  # noqa: F401  (registers the client-library check)
            workflow_messages,
        )
        from .api.http import bump_generation

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(bump_generation, dispatch_uid=f"api-cache-{signal}")
        # A confirmation after approving or rejecting in the admin (cms/workflow_messages.py).
        workflow_messages.connect()
