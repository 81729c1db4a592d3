"""The admin in the portal's language for editors who have not chosen one.

Wagtail shows the admin in a user's chosen language (*Account > Taal*) and otherwise in the
browser's; a Dutch volunteer with an English browser then gets an English admin. Here the
admin speaks ``LANGUAGE_CODE`` (Dutch) to whoever has not chosen a language, the login page
included; invited editors get their region's language stored as their choice
(``aanbod.editorial.onboarding.invite_editors``).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def chosen_language(user) -> str:
    """The admin language this user chose in their account ('' when none)."""
    if not getattr(user, "is_authenticated", False):
        return ""
    profile = getattr(user, "wagtail_userprofile", None)  # the query Wagtail makes anyway
    return (profile.preferred_language or "") if profile is not None else ""


class AdminLanguageMiddleware:
    """On admin pages: the portal's language, unless the user chose another."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(reverse("wagtailadmin_home")) and not chosen_language(
            getattr(request, "user", None)
        ):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
