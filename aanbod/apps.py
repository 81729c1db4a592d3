from django.apps import AppConfig


class AanbodConfig(AppConfig):
    """What is on offer: organisations, services, activities, and residents' vraag en aanbod."""

    name = "aanbod"
    verbose_name = "Aanbod"
