"""The Django app configuration of ``home``."""

from django.apps import AppConfig


class HomeConfig(AppConfig):
    """Ground floor: region home page, standard pages, shared blocks, mixins and branding."""

    name = "home"
    verbose_name = "Home"
