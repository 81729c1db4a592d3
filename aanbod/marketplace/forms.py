"""The public forms of vraag en aanbod: posting, editing, replying, reporting, subscribing."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from aanbod.models import Category, SubscriptionFrequency, SubscriptionKind
from aanbod.text import clean_text, has_contact_details
from wijken.models import WijkPage
from wijken.rollout import visible_wijken

PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()\-]{7,18}[0-9]$")
NO_CONTACT = _(
    "Zet geen e-mailadres of telefoonnummer in deze tekst: die wordt openbaar. "
    "Reacties lopen via het portaal."
)


class HoneypotMixin(forms.Form):
    """A field people do not see (hidden by CSS, skipped by screen readers); bots fill it."""

    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self) -> bool:
        """Whether the honeypot was filled in."""
        return bool(self.data.get(self.add_prefix("website")))


class PlainTextField(forms.CharField):
    """Text cleaned of HTML and control characters before length checks."""

    def __init__(self, *args, multiline: bool = False, **kwargs):
        self.multiline = multiline
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        """Clean first, so limits apply to what will be stored."""
        return clean_text(super().to_python(value), multiline=self.multiline)


class ItemFieldsForm(forms.Form):
    """The public fields of a request or offer (shared by posting and editing)."""

    category = forms.ModelChoiceField(
        label=_("Categorie"),
        queryset=Category.objects.none(),
        empty_label=_("Kies een categorie"),
        error_messages={"invalid_choice": _("Kies een categorie uit de lijst.")},
    )
    wijk = forms.ModelChoiceField(
        label=_("Wijk"),
        queryset=WijkPage.objects.none(),
        empty_label=_("Kies je wijk"),
        error_messages={"invalid_choice": _("Kies een wijk van deze gemeente uit de lijst.")},
    )
    title = PlainTextField(
        label=_("Titel"),
        max_length=80,
        min_length=5,
        help_text=_("Kort en duidelijk, bijvoorbeeld: Wie rijdt mij naar het ziekenhuis?"),
    )
    description = PlainTextField(
        label=_("Omschrijving"),
        max_length=2000,
        min_length=10,
        multiline=True,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Wat is er nodig of wat bied je aan? Noem geen gezondheidsgegevens."),
    )
    when = PlainTextField(
        label=_("Wanneer"),
        max_length=120,
        required=False,
        help_text=_("Bijvoorbeeld: dinsdagochtend, of in overleg."),
    )

    def __init__(self, *args, gemeente=None, **kwargs):
        super().__init__(*args, **kwargs)
        from wagtail.models import Locale

        locale = Locale.get_default()
        self.fields["category"].queryset = Category.objects.filter(locale=locale)
        wijken = visible_wijken().order_by("title")
        self.fields["wijk"].queryset = wijken.child_of(gemeente) if gemeente else wijken.none()

    def clean_title(self):
        return self._public_text("title")

    def clean_description(self):
        return self._public_text("description")

    def clean_when(self):
        return self._public_text("when")

    def _public_text(self, name: str) -> str:
        value = self.cleaned_data[name]
        if has_contact_details(value):
            raise ValidationError(NO_CONTACT, code="contact_details")
        return value


class SubmissionForm(HoneypotMixin, ItemFieldsForm):
    """A new request (vraag) or offer (aanbod), posted without an account."""

    kind = forms.ChoiceField(
        label=_("Wat wil je plaatsen?"),
        choices=[("vraag", _("Een vraag: ik zoek hulp")), ("aanbod", _("Aanbod: ik bied hulp"))],
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Kies vraag of aanbod.")},
    )
    first_name = PlainTextField(
        label=_("Voornaam"),
        max_length=40,
        help_text=_("Je voornaam is openbaar; verder niets over jou."),
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        help_text=_("Niet openbaar. Je krijgt een e-mail om je plaatsing te bevestigen."),
    )
    phone = forms.CharField(
        label=_("Telefoonnummer (niet verplicht)"),
        max_length=20,
        required=False,
        help_text=_("Niet openbaar; wordt nergens getoond."),
    )
    consent = forms.BooleanField(
        label=_("Ik geef toestemming om mijn gegevens te verwerken voor vraag en aanbod."),
        error_messages={"required": _("Zonder je toestemming kunnen we je bericht niet plaatsen.")},
    )

    field_order = [
        "kind",
        "category",
        "wijk",
        "title",
        "description",
        "when",
        "first_name",
        "email",
        "phone",
        "consent",
        "website",
    ]

    def clean_first_name(self):
        value = self.cleaned_data["first_name"]
        if not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['. -])*", value):
            raise ValidationError(_("Vul alleen je voornaam in (letters)."), code="first_name")
        return value

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self):
        value = clean_text(self.cleaned_data["phone"])
        if value and not PHONE_RE.match(value):
            raise ValidationError(
                _("Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678."), code="phone"
            )
        return value


class EditForm(ItemFieldsForm):
    """The resident's changes to their own request or offer (they go back to moderation)."""


class ReplyForm(HoneypotMixin, forms.Form):
    """A message to the poster, relayed by the portal with the responder's address as reply-to."""

    name = PlainTextField(label=_("Je voornaam"), max_length=40)
    email = forms.EmailField(
        label=_("Je e-mailadres"),
        max_length=254,
        help_text=_("De plaatser krijgt je bericht per e-mail en kan je direct antwoorden."),
    )
    message = PlainTextField(
        label=_("Je bericht"),
        max_length=2000,
        min_length=5,
        multiline=True,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    consent = forms.BooleanField(
        label=_("Ik geef toestemming om mijn e-mailadres aan de plaatser door te geven."),
        error_messages={
            "required": _("Zonder je toestemming kunnen we je bericht niet doorsturen.")
        },
    )

    field_order = ["name", "email", "message", "consent", "website"]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class ReportForm(HoneypotMixin, forms.Form):
    """A "meld misbruik" report."""

    reason = PlainTextField(
        label=_("Wat is er mis? (niet verplicht)"), max_length=500, required=False
    )


class SubscriptionForm(HoneypotMixin, forms.Form):
    """An alert for new requests or offers in a wijk, as a daily or weekly digest."""

    email = forms.EmailField(label=_("E-mailadres"), max_length=254)
    kind = forms.ChoiceField(label=_("Waarover?"), choices=SubscriptionKind.choices)
    wijk = forms.ModelChoiceField(
        label=_("Wijk"),
        queryset=WijkPage.objects.none(),
        empty_label=_("Kies een wijk"),
        error_messages={"invalid_choice": _("Kies een wijk van deze gemeente uit de lijst.")},
    )
    category = forms.ModelChoiceField(
        label=_("Categorie (niet verplicht)"),
        queryset=Category.objects.none(),
        required=False,
        empty_label=_("Alle categorieën"),
    )
    frequency = forms.ChoiceField(
        label=_("Hoe vaak?"), choices=SubscriptionFrequency.choices, widget=forms.RadioSelect
    )
    consent = forms.BooleanField(
        label=_("Ik geef toestemming om mijn e-mailadres hiervoor te bewaren."),
        error_messages={"required": _("Zonder je toestemming kunnen we je geen e-mail sturen.")},
    )

    field_order = ["email", "kind", "wijk", "category", "frequency", "consent", "website"]

    def __init__(self, *args, gemeente=None, **kwargs):
        super().__init__(*args, **kwargs)
        from wagtail.models import Locale

        self.fields["category"].queryset = Category.objects.filter(locale=Locale.get_default())
        wijken = visible_wijken().order_by("title")
        self.fields["wijk"].queryset = wijken.child_of(gemeente) if gemeente else wijken.none()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
