from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project package: settings, URLs, API routers and the demo loader."""

    name = "cms"
    verbose_name = "Wijkportaal"
