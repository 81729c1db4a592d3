"""Admin registration of the project: second-factor pages, avatars, "Mijn organisatie"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from cms import dashboard
from cms.accounts import twofactor
from cms.accounts.avatar import initials_avatar_url


@hooks.register("register_admin_urls")
def twofactor_urls():
    """Tweestapsverificatie: set up, check after signing in, turn off."""
    return [
        path("tweestapsverificatie/", twofactor.EnrolView.as_view(), name=twofactor.ENROL),
        path("tweestapsverificatie/code/", twofactor.verify, name=twofactor.VERIFY),
        path("tweestapsverificatie/uit/", twofactor.disable, name=twofactor.DISABLE),
    ]


@hooks.register("register_account_menu_item")
def twofactor_account_item(request):
    """A link on the user's account page."""
    return {
        "url": reverse(twofactor.ENROL),
        "label": _("Tweestapsverificatie"),
        "help_text": _("Log in met je wachtwoord en een code uit een app op je telefoon."),
    }


@hooks.register("get_avatar_url")
def initials_avatar(user, size):
    """Editors' initials instead of Gravatar (cms/accounts/avatar.py)."""
    return initials_avatar_url(user, size)


@hooks.register("construct_homepage_panels")
def my_pages_panel(request, panels):
    """'Mijn organisatie' / 'Mijn gemeente' first on their editors' dashboards."""
    panel = dashboard.MyPagesPanel(request)
    if panel.areas["organisations"] or panel.areas["gemeenten"]:
        panels.append(panel)
