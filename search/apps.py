from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search over every app, through the public querysets."""

    name = "search"
    verbose_name = "Zoeken"
