"""Signing in with an e-mail address: the admin's login form and the backend that finds the user.

Invited editors get an account whose username is their e-mail address; everyone else (the
local admin, older accounts) may type the e-mail address on their account too. The username
still works, so no one is locked out by the change.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm


class EmailLoginForm(LoginForm):
    """The admin's login form in the editors' words: "E-mailadres" and "Wachtwoord"."""

    error_messages = {
        **LoginForm.error_messages,
        "invalid_login": _(
            "Dit e-mailadres en wachtwoord horen niet bij elkaar. Let op hoofdletters in het "
            "wachtwoord, of vraag een nieuw wachtwoord aan."
        ),
        "inactive": _("Dit account is niet actief. Vraag de regiobeheerder om hulp."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        username = self.fields["username"]
        username.label = _("E-mailadres")
        username.max_length = 254
        username.widget.attrs.update(
            placeholder=_("naam@voorbeeld.nl"),
            autocomplete="username",
            inputmode="email",
            maxlength="254",
        )
        password = self.fields["password"]
        password.label = _("Wachtwoord")
        password.widget.attrs.update(
            placeholder=_("Je wachtwoord"), autocomplete="current-password"
        )
        self.fields["remember"].label = _("Ingelogd blijven")

    def get_invalid_login_error(self):
        return forms.ValidationError(self.error_messages["invalid_login"], code="invalid_login")


class EmailBackend(ModelBackend):
    """Authenticate by e-mail address (case-insensitive) when exactly one account has it."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or "@" not in username or password is None:
            return None
        matches = list(get_user_model()._default_manager.filter(email__iexact=username.strip())[:2])
        if len(matches) != 1:
            return None
        user = matches[0]
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
